import { allAuthors, allPosts, allSeries } from "content-collections";
import { resolveBuildClock } from "@/lib/publish-time.mjs";
import { site, tagSlug } from "@/lib/site";
import { rankRelatedPosts } from "./related";

export type Post = (typeof allPosts)[number];
export type Author = (typeof allAuthors)[number];

/**
 * The build's one clock (lib/publish-time.mjs): next.config.mjs decides it once and Next writes it into the
 * server bundle, so every page, feed and artefact of a build agrees on which posts are out, and a running
 * server never lets a scheduled post out on its own: the next build does (README, "Scheduled posts").
 */
export const PUBLISH_CLOCK: string = process.env.OPERATORS_LOG_BUILD_CLOCK || resolveBuildClock(process.env);

/**
 * Where a post stands: published (on every surface), scheduled (its time is after the build's clock: on none),
 * unlisted (at its review link only) or a draft (the writer's dev server only).
 */
export type Standing = "published" | "scheduled" | "unlisted" | "draft";

export function standingOf(post: Pick<Post, "draft" | "visibility" | "publishedAt">, clock = PUBLISH_CLOCK): Standing {
  if (post.draft) return "draft";
  if (post.visibility === "unlisted") return "unlisted";
  return Date.parse(post.publishedAt) > Date.parse(clock) ? "scheduled" : "published";
}

// The dev server shows every post, each not yet public marked as such; production shows the published only.
const showAll = process.env.NODE_ENV === "development";

const byNewest = (a: Post, b: Post) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

const publishedPosts: readonly Post[] = Object.freeze(
  allPosts.filter((post) => showAll || standingOf(post) === "published").sort(byNewest),
);

/** Posts whose time has not come, soonest first: the build lists them and writes when the next one is due. */
export function getScheduledPosts(): Post[] {
  return allPosts
    .filter((post) => standingOf(post) === "scheduled")
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

/** Unlisted posts: each built at its review link, nowhere else. */
export function getReviewPosts(): Post[] {
  return allPosts.filter((post) => standingOf(post) === "unlisted");
}

export function getReviewPost(slug: string): Post | undefined {
  return getReviewPosts().find((post) => post.slug === slug);
}

export function getPosts(): readonly Post[] {
  return publishedPosts;
}

export function getPost(slug: string): Post | undefined {
  return publishedPosts.find((post) => post.slug === slug);
}

/** Older and newer neighbours of a post, in reading order. */
export function getAdjacentPosts(slug: string): { previous?: Post; next?: Post } {
  const index = publishedPosts.findIndex((post) => post.slug === slug);
  if (index < 0) return {};
  return { previous: publishedPosts[index + 1], next: publishedPosts[index - 1] };
}

export function getAuthor(id: string): Author | undefined {
  return allAuthors.find((author) => author.id === id);
}

/**
 * A post's author. The content build refuses a post whose author is unknown (content-collections.ts), so this
 * cannot miss on a built site; if it does, the build or page fails naming the post, never shows a bare id.
 */
export function postAuthor(post: Post): Author {
  const author = getAuthor(post.author);
  if (!author) throw new Error(`${post.sourcePath}: author "${post.author}" disappeared after the content build`);
  return author;
}

export function getAuthors(): readonly Author[] {
  return allAuthors;
}

export function getPostsByAuthor(id: string): Post[] {
  return publishedPosts.filter((post) => post.author === id);
}

export type TagSummary = { slug: string; label: string; count: number };

/** Tags of published posts; the first spelling seen (newest post) is the label. */
export function getTags(): TagSummary[] {
  const tags = new Map<string, TagSummary>();
  for (const post of publishedPosts) {
    for (const label of post.tags) {
      const slug = tagSlug(label);
      const existing = tags.get(slug);
      if (existing) existing.count += 1;
      else tags.set(slug, { slug, label, count: 1 });
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

export function getTag(slug: string): TagSummary | undefined {
  const wanted = tagSlug(slug);
  return getTags().find((tag) => tag.slug === wanted);
}

export function getPostsByTag(slug: string): Post[] {
  const wanted = tagSlug(slug);
  return publishedPosts.filter((post) => post.tags.some((tag) => tagSlug(tag) === wanted));
}

export type Page<T> = { items: T[]; page: number; pageCount: number };

export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number = site.postsPerPage,
): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

/** The date a post last changed, for sitemaps and feeds: never the build time. */
export function lastModified(post: Post): string {
  return post.updatedAt ?? post.publishedAt;
}

/** Up to three posts to read next, by shared tags then recency (related.ts). */
export function getRelatedPosts(post: Post): Post[] {
  return rankRelatedPosts(post, publishedPosts);
}

export type Series = (typeof allSeries)[number];

export function getSeries(id: string): Series | undefined {
  return allSeries.find((series) => series.id === id);
}

/** The series with at least one published part: the ones that have a page. */
export function getPublishedSeries(): Series[] {
  return allSeries.filter((series) => publishedPosts.some((post) => post.series?.id === series.id));
}

/** A series' published parts, in order. */
export function getSeriesParts(id: string): Post[] {
  return publishedPosts.filter((post) => post.series?.id === id).sort((a, b) => a.series!.part - b.series!.part);
}

export type ArchiveYear = { year: string; posts: Post[] };

/** Every published post, grouped by the year it was published, newest year first. */
export function getArchive(): ArchiveYear[] {
  const years = new Map<string, Post[]>();
  for (const post of publishedPosts) {
    const year = post.publishedAt.slice(0, 4);
    const posts = years.get(year);
    if (posts) posts.push(post);
    else years.set(year, [post]);
  }
  return [...years].map(([year, posts]) => ({ year, posts }));
}
