import type { GetStaticPaths, GetStaticProps } from "next";
import { getPostsByTag, getTag, getTags, type TagSummary } from "@/features/content/posts";
import { toListItem } from "@/features/site/list-item";
import { PageHead } from "@/features/site/page-head";
import { PostList, type PostListItem } from "@/features/site/post-list";
import { tagPath } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { tag: TagSummary; posts: PostListItem[] };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getTags().map((tag) => ({ params: { tag: tag.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { tag: string }> = ({ params }) => {
  const tag = getTag(params!.tag)!;
  return { props: { tag, posts: getPostsByTag(tag.slug).map(toListItem) } };
};

export default function TagPage({ tag, posts }: Props) {
  return (
    <>
      <PageHead title={`Tagged “${tag.label}”`} canonical={tagPath(tag.label)} tagFeed={tag} />
      <h1 className="page-title">Tagged “{tag.label}”</h1>
      <p>
        {posts.length} {posts.length === 1 ? "post" : "posts"}
      </p>
      <PostList posts={posts} />
    </>
  );
}
