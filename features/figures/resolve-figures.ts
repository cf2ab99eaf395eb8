import path from "node:path";
import { decodeEntities } from "@/lib/html";
import { inspectSource } from "./inspect";
import { pictureHtml } from "./markup";
import { DECORATIVE_ALT, type Figure } from "./plan";

/** The attribute remark-source-lines.ts puts on every image, read here and dropped from the page. */
export const SOURCE_LINE_ATTRIBUTE = "data-source-line";

export type ResolvedFigures = { html: string; figures: Figure[]; problems: string[] };

type ImageTag = { tag: string; attributes: Map<string, string> };

function parseImageTags(html: string): ImageTag[] {
  return [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => ({
    tag,
    attributes: new Map([...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])),
  }));
}

/** Where a src points on disk: beside the post for a relative path, under public/ for a site path. */
function sourceFile(src: string, postFile: string): string | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) {
    return {
      problem: `image "${src}" is not a file of the site: keep it beside the post so it can be sized and cached`,
    };
  }
  const clean = src.split(/[?#]/)[0]!;
  const file = clean.startsWith("/") ? path.join("public", clean) : path.join(path.dirname(postFile), clean);
  return path.normalize(file);
}

/**
 * Every image of a rendered post resolved to its figure: the file checked, its <img> replaced by a <picture>
 * of renditions with width and height, the first one eager and the rest lazy. Each problem is
 * "file: line N: message", the line counted in the .mdx file itself (lineOffset is the frontmatter's lines).
 */
export async function resolveFigures(html: string, postFile: string, lineOffset: number): Promise<ResolvedFigures> {
  const problems: string[] = [];
  const figures = new Map<string, Figure>();
  const replacements: string[] = [];
  for (const [index, { tag, attributes }] of parseImageTags(html).entries()) {
    const line = Number(attributes.get(SOURCE_LINE_ATTRIBUTE)) || 0;
    const at = line > 0 ? `${postFile}: line ${line + lineOffset}` : `${postFile}: body`;
    const src = decodeEntities(attributes.get("src") ?? "");
    const alt = attributes.get("alt");
    let failed = false;
    const fail = (message: string) => {
      problems.push(`${at}: ${message}`);
      failed = true;
    };
    if (alt === undefined || alt.trim() === "") {
      fail(`image "${src}" has no alt text: describe it, or mark it decorative with ![${DECORATIVE_ALT}](…)`);
    }
    if (!src) fail("image has no src");
    const file = src ? sourceFile(src, postFile) : undefined;
    if (typeof file === "object") fail(file.problem);
    if (typeof file === "string") {
      const inspected = await inspectSource(file, src);
      if ("problem" in inspected) fail(inspected.problem);
      else if (!figures.has(inspected.figure.key))
        figures.set(inspected.figure.key, { ...inspected.figure, usedAt: at });
      if (!failed && "figure" in inspected) {
        const decorative = decodeEntities(alt!) === DECORATIVE_ALT;
        replacements.push(
          pictureHtml(figures.get(inspected.figure.key)!, {
            alt: decorative ? "" : alt!,
            eager: index === 0,
            title: attributes.get("title"),
          }),
        );
        continue;
      }
    }
    replacements.push(tag);
  }
  let next = 0;
  const resolved = html
    // React hoists a preload of every eager <img> it renders; the <picture> that replaces it chooses its own file.
    .replace(/<link rel="preload" as="image"[^>]*>/g, "")
    .replace(/<img\b[^>]*>/g, () => replacements[next++]!);
  return { html: resolved, figures: [...figures.values()], problems };
}
