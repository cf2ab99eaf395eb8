import type { Post } from "@/features/content/posts";
import { htmlToText } from "@/lib/html";
import { foldForSearch } from "./fold";

/** What a result shows. */
export type SearchDocument = { slug: string; title: string; summary: string; publishedAt: string; tags: string[] };

/** One post as search sees it: what to show, and each field folded (fold.ts) for matching. */
export type SearchRecord = SearchDocument & {
  /** Body text, unfolded, for the snippet around a match. */
  text: string;
  folded: { title: string; tags: string; summary: string; comparison: string; text: string };
};

export type SearchIndex = { version: 1; records: SearchRecord[] };

export function toSearchRecord(post: Post): SearchRecord {
  const rows = post.comparison?.rows ?? [];
  const comparison = rows.map((row) => `${row.surface} ${row.looksCorrect} ${row.actuallyWorks}`).join(" ");
  // Code included: readers search for commands too.
  const text = htmlToText(post.html);
  return {
    slug: post.slug,
    title: post.title,
    summary: post.summary,
    publishedAt: post.publishedAt,
    tags: [...post.tags],
    text,
    folded: {
      title: foldForSearch(post.title),
      tags: foldForSearch(post.tags.join(" · ")),
      summary: foldForSearch(post.summary),
      comparison: foldForSearch(`${post.comparison?.caption ?? ""} ${comparison}`),
      text: foldForSearch(text),
    },
  };
}

/** The index the build writes (features/artefacts) and the search page reads: every published post. */
export function buildSearchIndex(posts: readonly Post[]): SearchIndex {
  return { version: 1, records: posts.map(toSearchRecord) };
}
