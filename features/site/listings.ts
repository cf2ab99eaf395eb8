import {
  getAuthor,
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getTag,
  getTags,
  paginate,
  type Author,
  type Post,
  type TagSummary,
} from "@/features/content/posts";
import { authorPath, tagPath } from "@/lib/site";
import { toListItem } from "./list-item";
import type { PostListItem } from "./post-list";

/** One page of a list of posts, as a page's static props: only what the list shows, so its HTML stays flat. */
export type ListingPage = { posts: PostListItem[]; page: number; pageCount: number; total: number; base: string };

function listing(all: readonly Post[], page: number, base: string): ListingPage {
  const slice = paginate(all, page)!;
  return { posts: slice.items.map(toListItem), page: slice.page, pageCount: slice.pageCount, total: all.length, base };
}

/** Pages 2…N of every list, for getStaticPaths (page 1 is the list's own address). */
function laterPages<T>(
  lists: readonly T[],
  postsOf: (list: T) => readonly Post[],
  params: (list: T, page: string) => Record<string, string>,
) {
  return lists.flatMap((list) => {
    const { pageCount } = paginate(postsOf(list), 1)!;
    return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ params: params(list, String(i + 2)) }));
  });
}

export const homeListing = (page: number) => listing(getPosts(), page, "/");
export const homeLaterPages = () =>
  laterPages(
    [null],
    () => getPosts(),
    (_, page) => ({ page }),
  );

export function tagListing(slug: string, page: number): { tag: TagSummary; listing: ListingPage } {
  const tag = getTag(slug)!;
  return { tag, listing: listing(getPostsByTag(tag.slug), page, tagPath(tag.label)) };
}
export const tagLaterPages = () =>
  laterPages(
    getTags(),
    (t) => getPostsByTag(t.slug),
    (t, page) => ({ tag: t.slug, page }),
  );

export function authorListing(id: string, page: number): { author: Author; listing: ListingPage } {
  const author = getAuthor(id)!;
  return { author, listing: listing(getPostsByAuthor(author.id), page, authorPath(author.id)) };
}
export const authorLaterPages = () =>
  laterPages(
    getAuthors(),
    (a) => getPostsByAuthor(a.id),
    (a, page) => ({ id: a.id, page }),
  );
