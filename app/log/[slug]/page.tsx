import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAdjacentPosts, getAuthor, getPost, getPosts } from "@/features/content/posts";
import { alternatesFor } from "@/features/site/metadata";
import { JsonLd } from "@/features/site/json-ld";
import { PostArticle } from "@/features/site/post-article";
import { blogPostingLd } from "@/features/site/structured-data";
import { absoluteUrl, authorPath, postPath, site } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Where app/log/[slug]/opengraph-image.tsx serves the post's card. */
function postImagePath(slug: string): string {
  return `${postPath(slug)}/opengraph-image`;
}

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  const author = getAuthor(post.author);
  return {
    title: post.title,
    description: post.summary,
    alternates: alternatesFor(postPath(post.slug)),
    authors: author ? [{ name: author.name, url: authorPath(author.id) }] : undefined,
    openGraph: {
      type: "article",
      title: post.title,
      description: post.summary,
      url: postPath(post.slug),
      siteName: site.name,
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt ?? post.publishedAt,
      authors: author ? [author.name] : undefined,
      tags: [...post.tags],
    },
  };
}

export default async function PostPage({ params }: Props) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const author = getAuthor(post.author);
  if (!author) throw new Error(`${post.sourcePath}: author "${post.author}" disappeared after the content build`);
  const { previous, next } = getAdjacentPosts(post.slug);

  return (
    <>
      <JsonLd data={blogPostingLd(post, author, absoluteUrl(postImagePath(post.slug)))} />
      <PostArticle post={post} author={author} previous={previous} next={next} />
    </>
  );
}
