import { getAdjacentPosts, getRelatedPosts, getSeries, getSeriesParts, type Post } from "@/features/content/posts";
import {
  toPostLink,
  toRelatedItem,
  toSeriesInfo,
  toSeriesPart,
  type PostLink,
  type RelatedItem,
  type SeriesInfo,
  type SeriesPart,
} from "@/features/content/projections";

/** What a post page shows around the post itself. */
export type PostContext = {
  previous?: PostLink;
  next?: PostLink;
  related: RelatedItem[];
  series?: { info: SeriesInfo; parts: SeriesPart[] };
};

/** Where a post sits among the others: neighbours, related posts, its series. Only what the page shows. */
export function readingContext(post: Post): PostContext {
  const { previous, next } = getAdjacentPosts(post.slug);
  const series = post.series && getSeries(post.series.id);
  return {
    // JSON props cannot carry undefined: absent neighbours are left out.
    ...(previous ? { previous: toPostLink(previous) } : {}),
    ...(next ? { next: toPostLink(next) } : {}),
    related: getRelatedPosts(post).map(toRelatedItem),
    ...(series
      ? {
          series: {
            info: toSeriesInfo(series),
            parts: getSeriesParts(series.id).map(toSeriesPart),
          },
        }
      : {}),
  };
}
