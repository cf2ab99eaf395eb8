import type { Post, Series } from "./posts";

/**
 * What pages carry of a post, each the least its view shows: page data stays the same size however long the
 * posts are, and every projection is made here, once.
 */

/** A link to a post: previous and next. */
export type PostLink = Pick<Post, "slug" | "title">;
export const toPostLink = ({ slug, title }: PostLink): PostLink => ({ slug, title });

/** A post in a list: home, tag, author and series pages. */
export type PostListItem = Pick<Post, "slug" | "title" | "summary" | "publishedAt" | "readingMinutes"> & {
  tags: readonly string[];
};
export function toListItem(post: Post): PostListItem {
  const { slug, title, summary, publishedAt, readingMinutes, tags } = post;
  return { slug, title, summary, publishedAt, readingMinutes, tags: [...tags] };
}

/** A related post: its link and date. */
export type RelatedItem = Pick<Post, "slug" | "title" | "publishedAt">;
export const toRelatedItem = ({ slug, title, publishedAt }: RelatedItem): RelatedItem => ({ slug, title, publishedAt });

/** A series as its box and page introduce it, and one of its parts. */
export type SeriesInfo = Pick<Series, "id" | "title" | "summary">;
export const toSeriesInfo = ({ id, title, summary }: SeriesInfo): SeriesInfo => ({ id, title, summary });
export type SeriesPart = PostLink & { part: number };
export const toSeriesPart = (post: Post): SeriesPart => ({ ...toPostLink(post), part: post.series!.part });
