import type { GetStaticPaths, GetStaticProps } from "next";
import { getPosts, paginate } from "@/features/content/posts";
import { toListItem } from "@/features/site/list-item";
import { PageHead } from "@/features/site/page-head";
import { pagePath, Pagination } from "@/features/site/pagination";
import { PostList, type PostListItem } from "@/features/site/post-list";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { page: number; pageCount: number; posts: PostListItem[] };

// Page 1 lives at "/": /page/2 onwards are prerendered, anything else is the 404 page.
export const getStaticPaths: GetStaticPaths = () => {
  const { pageCount } = paginate(getPosts(), 1)!;
  const paths = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ params: { page: String(i + 2) } }));
  return { paths, fallback: false };
};

export const getStaticProps: GetStaticProps<Props, { page: string }> = ({ params }) => {
  const page = paginate(getPosts(), Number(params!.page))!;
  return { props: { page: page.page, pageCount: page.pageCount, posts: page.items.map(toListItem) } };
};

export default function LogPage({ page, pageCount, posts }: Props) {
  return (
    <>
      <PageHead title={`Page ${page}`} canonical={pagePath(page)} />
      <h1 className="page-title">The Log — page {page}</h1>
      <PostList posts={posts} />
      <Pagination page={page} pageCount={pageCount} />
    </>
  );
}
