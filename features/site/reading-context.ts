import { getAdjacentPosts, getRelatedPosts, getSeries, getSeriesParts, type Post } from "@/features/content/posts";
import type { RelatedItem } from "./related-posts";
import type { SeriesInfo, SeriesPart } from "./series-views";

type Neighbour = Pick<Post, "slug" | "title">;

/** What a post page shows around the post itself. */
export type PostContext = {
  previous?: Neighbour;
  next?: Neighbour;
  related: RelatedItem[];
  series?: { info: SeriesInfo; parts: SeriesPart[] };
};

/** Where a post sits among the others: neighbours, related posts, its series. Only what the page shows. */
export function readingContext(post: Post): PostContext {
  const { previous, next } = getAdjacentPosts(post.slug);
  const brief = ({ slug, title }: Post) => ({ slug, title });
  const series = post.series && getSeries(post.series.id);
  return {
    // JSON props cannot carry undefined: absent neighbours are left out.
    ...(previous ? { previous: brief(previous) } : {}),
    ...(next ? { next: brief(next) } : {}),
    related: getRelatedPosts(post).map(({ slug, title, publishedAt }) => ({ slug, title, publishedAt })),
    ...(series
      ? {
          series: {
            info: { id: series.id, title: series.title, summary: series.summary },
            parts: getSeriesParts(series.id).map((p) => ({ slug: p.slug, title: p.title, part: p.series!.part })),
          },
        }
      : {}),
  };
}
