// Builds the content collections and fails loudly: content-collections itself
// logs a bad document and carries on without it, which would publish a site
// with a post silently missing. Used by next.config.mjs, `npm run content` and the tests.
import { createBuilder } from "@content-collections/core";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { reviewToken } from "../../lib/review-token.mjs";
import { checkSeriesParts, checkTagSlugs } from "./corpus-checks.mjs";

export class ContentBuildError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Content build failed with ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
    this.name = "ContentBuildError";
    this.problems = problems;
  }
}

/**
 * @param {{ configPath?: string, outputDir?: string, cacheDir?: string, quiet?: boolean, watch?: boolean }} [options]
 * @returns {Promise<{ problems: string[], seconds: number }>}
 */
export async function buildContent(options = {}) {
  const configPath = path.resolve(options.configPath ?? "content-collections.ts");
  const started = performance.now();
  /** @type {string[]} */
  const problems = [];
  const builder = await createBuilder(configPath, {
    configName: "content-collections.mjs",
    ...(options.outputDir ? { outputDir: options.outputDir } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  // The same resolution as content-collections.ts: relative to the project, whatever CONTENT_DIR says.
  const contentDir = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR ?? "content"));
  // A mistyped CONTENT_DIR would otherwise build an empty site without a word.
  if (!existsSync(path.join(contentDir, "posts"))) {
    throw new ContentBuildError([
      `${contentDir}/posts: no such directory (CONTENT_DIR=${process.env.CONTENT_DIR ?? "content"})`,
    ]);
  }
  builder.on("collector:read-error", (e) => problems.push(`${e.filePath}: cannot be read: ${e.error.message}`));
  builder.on("collector:parse-error", (e) =>
    problems.push(`${e.filePath}: frontmatter is not valid YAML: ${e.error.message}`),
  );
  builder.on("transformer:validation-error", (e) => {
    const file = `${contentDir}/${e.collection.name}/${e.file.path}`;
    // One problem per field, "file: field.path: message", so each can be found and fixed.
    for (const line of e.error.message.split("\n")) {
      const m = /^\s*-\s*([^:]+):\s*(.*)$/.exec(line);
      if (m) problems.push(`${file}: ${m[1].replace(/,/g, ".")}: ${m[2]}`);
    }
    if (!/^\s*-/m.test(e.error.message)) problems.push(`${file}: ${e.error.message}`);
  });
  // A transform may report several problems of one post, one a line (every broken figure, say).
  builder.on("transformer:error", (e) => problems.push(...e.error.message.replace(/^Error: /, "").split("\n")));
  builder.on("transformer:result-error", (e) =>
    problems.push(`${e.document?._meta?.filePath ?? e.collection.name}: ${e.error.message}`),
  );
  if (!options.quiet) console.log(`content: building ${path.relative(process.cwd(), configPath)} (${contentDir}/)`);
  await builder.build();
  const outputDir = path.resolve(options.outputDir ?? ".content-collections/generated");
  if (problems.length === 0) problems.push(...(await checkCorpus(outputDir)));
  const seconds = (performance.now() - started) / 1000;
  if (options.watch) {
    if (/(^|[/\\])\./.test(contentDir) && !contentDir.startsWith("..")) {
      console.warn(
        `content: ${contentDir}/ is inside a hidden directory of the project, which the watcher skips: restart to see edits`,
      );
    }
    // Dev server: rebuild on save and print problems as they appear, without stopping.
    // Each rebuild is logged, so a save that never shows on the page says which half missed it: the content
    // watcher (no "rebuilt" line) or the bundler (a line, but the old page).
    builder.on("watcher:file-changed", (e) =>
      console.log(`content: ${e.modification} ${path.relative(contentDir, e.filePath)}`),
    );
    builder.on("watcher:subscribe-error", (e) =>
      console.error(`content: watching ${e.paths.join(", ")} failed: ${e.error.message}`),
    );
    builder.on("builder:end", async () => {
      if (problems.length === 0) problems.push(...(await checkCorpus(outputDir)));
      if (problems.length > 0) console.error(new ContentBuildError(problems.splice(0)).message);
      else console.log("content: rebuilt");
    });
    await builder.watch();
  }
  if (problems.length > 0) throw new ContentBuildError(problems);
  if (!options.quiet) console.log(`content: built in ${seconds.toFixed(1)} s`);
  return { problems, seconds };
}

/** The posts the build just wrote. */
async function readPosts(outputDir) {
  // Evaluated rather than imported: the dev server reads it again after every save, and each import() of a
  // new URL would stay in the module cache for the life of the process. Posts hold data only, no imports.
  const source = await readFile(path.join(outputDir, "allPosts.js"), "utf8");
  return new Function(source.replace(/^export default /m, "return "))();
}

/** The rules that span posts (corpus-checks.mjs), over what the build just wrote. */
async function checkCorpus(outputDir) {
  const posts = await readPosts(outputDir);
  return [...checkTagSlugs(posts), ...checkSeriesParts(posts)];
}

/** `npm run content -- --review-links`: each unlisted post's review link, to send to whoever must approve it. */
async function printReviewLinks(outputDir) {
  const site = (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
  const unlisted = (await readPosts(outputDir)).filter((post) => post.visibility === "unlisted" && !post.draft);
  if (unlisted.length === 0) console.log("review links: no unlisted post");
  for (const post of unlisted) {
    console.log(
      `review link: ${post.slug}: ${site}/review/${reviewToken(post.slug, process.env.REVIEW_SECRET)}/${post.slug}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildContent()
    .then(() => process.argv.includes("--review-links") && printReviewLinks(".content-collections/generated"))
    .catch((error) => {
      console.error(error instanceof ContentBuildError ? error.message : error);
      process.exit(1);
    });
}
