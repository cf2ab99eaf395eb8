import type { GetStaticPaths, GetStaticProps } from "next";
import { getAdjacentPosts, getAuthor, getPost, getPosts, type Author, type Post } from "@/features/content/posts";
import { OG_ALT_POST } from "@/features/share-image/text";
import { PageHead } from "@/features/site/page-head";
import { PostArticle } from "@/features/site/post-article";
import { blogPostingLd } from "@/features/site/structured-data";
import { absoluteUrl, postCardPath, postPath } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Neighbour = Pick<Post, "slug" | "title">;
type Props = { post: Post; author: Author; previous: Neighbour | null; next: Neighbour | null };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getPosts().map((post) => ({ params: { slug: post.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const post = getPost(params!.slug)!;
  const author = getAuthor(post.author);
  if (!author) throw new Error(`${post.sourcePath}: author "${post.author}" disappeared after the content build`);
  const { previous, next } = getAdjacentPosts(post.slug);
  const neighbour = (p?: Post) => (p ? { slug: p.slug, title: p.title } : null);
  return { props: { post, author, previous: neighbour(previous), next: neighbour(next) } };
};

export default function PostPage({ post, author, previous, next }: Props) {
  return (
    <>
      <PageHead
        title={post.title}
        description={post.summary}
        canonical={postPath(post.slug)}
        image={{ path: postCardPath(post.slug), alt: OG_ALT_POST }}
        article={{
          publishedTime: post.publishedAt,
          modifiedTime: post.updatedAt ?? post.publishedAt,
          author: author.name,
          tags: post.tags,
        }}
        jsonLd={blogPostingLd(post, author, absoluteUrl(postCardPath(post.slug)))}
      />
      <PostArticle post={post} author={author} previous={previous ?? undefined} next={next ?? undefined} />
    </>
  );
}
