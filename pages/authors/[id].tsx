import type { GetStaticPaths, GetStaticProps } from "next";
import { getAuthor, getAuthors, getPostsByAuthor, type Author } from "@/features/content/posts";
import { AuthorCard } from "@/features/site/author-card";
import { toListItem } from "@/features/site/list-item";
import { PageHead } from "@/features/site/page-head";
import { PostList, type PostListItem } from "@/features/site/post-list";
import { authorPath } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { author: Author; posts: PostListItem[] };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getAuthors().map((author) => ({ params: { id: author.id } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { id: string }> = ({ params }) => {
  const author = getAuthor(params!.id)!;
  return { props: { author, posts: getPostsByAuthor(author.id).map(toListItem) } };
};

export default function AuthorPage({ author, posts }: Props) {
  return (
    <>
      <PageHead title={author.name} description={author.role} canonical={authorPath(author.id)} />
      <h1 className="page-title">{author.name}</h1>
      <AuthorCard {...author} />
      <h2 className="section-title">Posts</h2>
      <PostList posts={posts} />
    </>
  );
}
