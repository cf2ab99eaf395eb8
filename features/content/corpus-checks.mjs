// Rules that no single post can break alone, checked once over the whole corpus after content-collections has
// built every document (a per-document check would compare each post with all others: quadratic at scale).
import { tagSlug, tagSpelling } from "../../lib/tag-slug.mjs";

/**
 * @typedef {{ sourcePath: string, tags: string[], series?: { id: string, part: number } }} CheckedPost
 */

/**
 * Tags become addresses (/tags/<slug>): a tag with no letters or digits has none, and two spellings that fold
 * to one slug ("C++" and "C#" → /tags/c) would share a page. Each is reported at the post that brings it.
 * @param {readonly CheckedPost[]} posts
 * @returns {string[]}
 */
export function checkTagSlugs(posts) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, { label: string, spelling: string, file: string }>} */
  const firstBySlug = new Map();
  for (const post of [...posts].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))) {
    for (const label of post.tags) {
      const slug = tagSlug(label);
      if (!slug) {
        problems.push(`${post.sourcePath}: tags: "${label}" has no letters or digits to make its page address from`);
        continue;
      }
      const spelling = tagSpelling(label);
      const first = firstBySlug.get(slug);
      if (!first) firstBySlug.set(slug, { label, spelling, file: post.sourcePath });
      else if (first.spelling !== spelling) {
        problems.push(
          `${post.sourcePath}: tags: "${label}" and "${first.label}" (${first.file}) would share the address /tags/${slug}: rename one`,
        );
      }
    }
  }
  return problems;
}

/**
 * Each part of a series belongs to one post, and parts run 1, 2, 3… without a gap, so "Part 2 of 3" is true.
 * @param {readonly CheckedPost[]} posts
 * @returns {string[]}
 */
export function checkSeriesParts(posts) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, Map<number, string>>} */
  const partsBySeries = new Map();
  for (const post of [...posts].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))) {
    if (!post.series) continue;
    const parts = partsBySeries.get(post.series.id) ?? new Map();
    partsBySeries.set(post.series.id, parts);
    const holder = parts.get(post.series.part);
    if (holder) {
      problems.push(
        `${post.sourcePath}: series.part: part ${post.series.part} of "${post.series.id}" is also ${holder}`,
      );
    } else parts.set(post.series.part, post.sourcePath);
  }
  for (const [id, parts] of partsBySeries) {
    for (const [part, file] of parts) {
      if (part > 1 && !parts.has(part - 1)) {
        problems.push(`${file}: series.part: "${id}" has a part ${part} but no part ${part - 1}`);
      }
    }
  }
  return problems;
}
