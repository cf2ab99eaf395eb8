import { feedHtml } from "./feed-html";
import { postPath } from "@/lib/site";

/** What every feed format needs to know about one post, already absolute and reader-ready. */
export type FeedEntry = {
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: string;
  updated: string;
  authorName: string;
  authorUrl: string;
  tags: readonly string[];
  /** The post's language (BCP 47): Atom's xml:lang and JSON Feed's language on the entry. */
  language: string;
};

export type FeedChannel = {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  /** The URL this feed is served at: the self link must equal it. */
  selfUrl: string;
  entries: readonly FeedEntry[];
};

type PostLike = {
  slug: string;
  title: string;
  summary: string;
  html: string;
  publishedAt: string;
  updatedAt?: string;
  tags: readonly string[];
  lang: string;
};

export function toFeedEntry(
  post: PostLike,
  author: { name: string; url: string },
  urlOf: (path: string) => string,
): FeedEntry {
  const url = urlOf(postPath(post.slug));
  return {
    url,
    title: post.title,
    summary: post.summary,
    contentHtml: feedHtml(post.html, url),
    published: post.publishedAt,
    updated: post.updatedAt ?? post.publishedAt,
    authorName: author.name,
    authorUrl: author.url,
    tags: post.tags,
    language: post.lang,
  };
}

/** The feed's own date is its newest entry's, never the build time, so rebuilds are byte-identical. */
export function channelUpdated(entries: readonly FeedEntry[], fallback = "1970-01-01T00:00:00.000Z"): string {
  return entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries[0]?.updated ?? fallback);
}
