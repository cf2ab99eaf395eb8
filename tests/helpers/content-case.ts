// A small content tree built with the real content-collections config, for tests of what the build refuses.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildContent, ContentBuildError } from "@/features/content/build.mjs";

/**
 * Each case writes a small content tree under .test-content/<case>, builds it
 * with the real content-collections config, and checks the error names the
 * file and the field. A case that built would fail the test.
 */
export const CASES_ROOT = ".test-content";

const author = `id: ada\nname: Ada Example\nrole: Operator\nbio: Runs things.\n`;

export function post(frontmatter: Record<string, string>, body = "Body text.") {
  const base: Record<string, string> = {
    title: "A post",
    summary: "What it is about.",
    publishedAt: "2026-11-01",
    author: "ada",
    ...frontmatter,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== "<omit>")
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

/** Builds the files (paths relative to the content tree) and returns the build's problems, [] when it built. */
export async function buildCase(
  name: string,
  files: Record<string, string | Buffer>,
  root: string = CASES_ROOT,
): Promise<string[]> {
  const dir = path.join(root, name);
  await rm(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries({ "authors/ada.yaml": author, ...files })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    await buildContent({
      quiet: true,
      outputDir: path.join(dir, ".out"),
      cacheDir: path.join(dir, ".cache"),
    });
    return [];
  } catch (error) {
    if (error instanceof ContentBuildError) return (error as unknown as { problems: string[] }).problems;
    throw error;
  } finally {
    process.env.CONTENT_DIR = previous;
  }
}
