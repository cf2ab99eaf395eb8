import type { GetStaticPaths, GetStaticProps } from "next";
import { postAuthor, getReviewPost, getReviewPosts, type Author, type Post } from "@/features/content/posts";
import { PageHead } from "@/features/site/page-head";
import { PostArticle } from "@/features/site/post-article";
import { env } from "@/lib/env";
import { reviewToken } from "@/lib/review-token.mjs";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { post: Post; author: Author; lang: string };

// The content build refuses an unlisted post without REVIEW_SECRET, so there is a secret whenever there are paths.
const tokenOf = (slug: string) => reviewToken(slug, env.REVIEW_SECRET ?? "");

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getReviewPosts().map((post) => ({ params: { token: tokenOf(post.slug), slug: post.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { token: string; slug: string }> = ({ params }) => {
  const post = getReviewPost(params!.slug);
  if (!post || params!.token !== tokenOf(post.slug)) return { notFound: true };
  const author = postAuthor(post);
  return { props: { post, author, lang: post.lang } };
};

/** An unlisted post's review copy: the post itself, marked, kept out of search engines and off every list. */
export default function ReviewPage({ post, author }: Props) {
  return (
    <>
      <PageHead title={post.title} description={post.summary} noindex="nofollow" lang={post.lang} />
      <PostArticle post={post} author={author} related={[]} review />
    </>
  );
}
