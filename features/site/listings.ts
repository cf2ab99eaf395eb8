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
import { toListItem, type PostListItem } from "@/features/content/projections";

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

type Params = Record<string, string>;

/**
 * getStaticPaths and getStaticProps for a paginated list of posts (a tag's, an author's): page 1 at the list's
 * own address, pages 2…N under /page/N. `key` names the route parameter that picks the list.
 */
function listingRoutes<List, Props>(options: {
  key: string;
  lists: () => readonly List[];
  idOf: (list: List) => string;
  postsOf: (list: List) => readonly Post[];
  load: (id: string, page: number) => Props;
}) {
  const { key, lists, idOf, postsOf, load } = options;
  return {
    firstPaths: () => ({ paths: lists().map((list) => ({ params: { [key]: idOf(list) } })), fallback: false as const }),
    firstProps: ({ params }: { params?: Params }) => ({ props: load(params![key]!, 1) }),
    laterPaths: () => ({
      paths: laterPages(lists(), postsOf, (list, page) => ({ [key]: idOf(list), page })),
      fallback: false as const,
    }),
    laterProps: ({ params }: { params?: Params }) => ({ props: load(params![key]!, Number(params!.page)) }),
  };
}

export type TagListingProps = { tag: TagSummary; listing: ListingPage };
export type AuthorListingProps = { author: Author; listing: ListingPage };

export const tagRoutes = listingRoutes<TagSummary, TagListingProps>({
  key: "tag",
  lists: getTags,
  idOf: (tag) => tag.slug,
  postsOf: (tag) => getPostsByTag(tag.slug),
  load: (slug, page) => {
    const tag = getTag(slug)!;
    return { tag, listing: listing(getPostsByTag(tag.slug), page, tagPath(tag.label)) };
  },
});

export const authorRoutes = listingRoutes<Author, AuthorListingProps>({
  key: "id",
  lists: getAuthors,
  idOf: (author) => author.id,
  postsOf: (author) => getPostsByAuthor(author.id),
  load: (id, page) => {
    const author = getAuthor(id)!;
    return { author, listing: listing(getPostsByAuthor(author.id), page, authorPath(author.id)) };
  },
});
