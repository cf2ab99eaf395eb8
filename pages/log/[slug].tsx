import type { GetStaticPaths, GetStaticProps } from "next";
import { PostSubscribeForm } from "@/features/enquiries/form/subscribe-form";
import { postAuthor, getPost, getPosts, type Author, type Post } from "@/features/content/posts";
import { postCardAlt } from "@/features/share-image/cards";
import { PageHead } from "@/features/site/page-head";
import { PostArticle } from "@/features/site/post-article";
import { readingContext, type PostContext } from "@/features/site/reading-context";
import { blogPostingLd } from "@/features/site/structured-data";
import { absoluteUrl, postCardPath, postPath } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { post: Post; author: Author; context: PostContext; cardAlt: string; lang: string };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getPosts().map((post) => ({ params: { slug: post.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { slug: string }> = ({ params }) => {
  const post = getPost(params!.slug)!;
  const author = postAuthor(post);
  const cardAlt = postCardAlt(post, author.name);
  return { props: { post, author, context: readingContext(post), cardAlt, lang: post.lang } };
};

export default function PostPage({ post, author, context, cardAlt }: Props) {
  return (
    <>
      <PageHead
        title={post.title}
        description={post.summary}
        canonical={postPath(post.slug)}
        image={{ path: postCardPath(post.slug), alt: cardAlt }}
        lang={post.lang}
        article={{
          publishedTime: post.publishedAt,
          modifiedTime: post.updatedAt ?? post.publishedAt,
          author: author.name,
          tags: post.tags,
        }}
        jsonLd={blogPostingLd(post, author, absoluteUrl(postCardPath(post.slug)))}
      />
      <PostArticle post={post} author={author} {...context} subscribe={<PostSubscribeForm from={post.slug} />} />
    </>
  );
}
