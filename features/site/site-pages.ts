import {
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getPublishedSeries,
  getSeriesParts,
  getTags,
  lastModified,
  paginate,
  type Post,
} from "@/features/content/posts";
import {
  ARCHIVE_PATH,
  authorPath,
  listPagePath,
  postPath,
  SCAFFOLD_PATH,
  seriesPath,
  SUBSCRIBE_PATH,
  tagPath,
  TAGS_PATH,
} from "@/lib/site";

/** A published page: its path, its content date, and a post's title (the readership report names posts). */
export type SitePage = { path: string; lastModified?: string; title?: string };

// lastModified always comes from content dates, never the build time, so two builds of the same content agree.
const newest = (posts: readonly Post[]) => posts.map(lastModified).sort().at(-1);

/** Every page of a list: its first page at `base`, then /page/2… */
function listPages(base: string, posts: readonly Post[]): SitePage[] {
  const { pageCount } = paginate(posts, 1)!;
  return Array.from({ length: pageCount }, (_, i) => ({
    path: listPagePath(base, i + 1),
    lastModified: newest(paginate(posts, i + 1)!.items),
  }));
}

/**
 * Every published page of the site: what the sitemap lists, and the only paths the readership figures count.
 * Scheduled posts, drafts and review copies are on none of them (features/content/posts.ts).
 */
export function sitePages(): SitePage[] {
  const posts = getPosts();
  const site = newest(posts);
  return [
    ...listPages("/", posts),
    { path: SUBSCRIBE_PATH, lastModified: site },
    { path: SCAFFOLD_PATH, lastModified: site },
    { path: ARCHIVE_PATH, lastModified: site },
    { path: TAGS_PATH, lastModified: site },
    ...posts.map((post) => ({ path: postPath(post.slug), lastModified: lastModified(post), title: post.title })),
    ...getTags().flatMap((tag) => listPages(tagPath(tag.label), getPostsByTag(tag.slug))),
    ...getAuthors().flatMap((a) => listPages(authorPath(a.id), getPostsByAuthor(a.id))),
    ...getPublishedSeries().map((series) => ({
      path: seriesPath(series.id),
      lastModified: newest(getSeriesParts(series.id)),
    })),
  ];
}
