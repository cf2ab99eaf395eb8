import type { GetStaticProps } from "next";
import { getPosts, paginate } from "@/features/content/posts";
import { toListItem } from "@/features/site/list-item";
import { PageHead } from "@/features/site/page-head";
import { Pagination } from "@/features/site/pagination";
import { PostList, type PostListItem } from "@/features/site/post-list";
import { site } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { posts: PostListItem[]; pageCount: number };

export const getStaticProps: GetStaticProps<Props> = () => {
  const page = paginate(getPosts(), 1)!;
  return { props: { posts: page.items.map(toListItem), pageCount: page.pageCount } };
};

export default function HomePage({ posts, pageCount }: Props) {
  return (
    <>
      <PageHead canonical="/" />
      <header className="page-intro">
        <h1>{site.name}</h1>
        <p>{site.description}</p>
      </header>
      <PostList posts={posts} />
      <Pagination page={1} pageCount={pageCount} />
    </>
  );
}
