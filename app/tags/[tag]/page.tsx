import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/features/site/post-list";
import { alternatesFor } from "@/features/site/metadata";
import { getPostsByTag, getTag, getTags } from "@/features/content/posts";
import { decodeRouteParam, tagPath } from "@/lib/site";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag(decodeRouteParam((await params).tag));
  if (!tag) return {};
  return { title: `Tagged “${tag.label}”`, alternates: alternatesFor(tagPath(tag.label), tag) };
}

export default async function TagPage({ params }: Props) {
  const tag = getTag(decodeRouteParam((await params).tag));
  if (!tag) notFound();
  const posts = getPostsByTag(tag.slug);
  return (
    <>
      <h1 className="page-title">Tagged “{tag.label}”</h1>
      <p>
        {posts.length} {posts.length === 1 ? "post" : "posts"}
      </p>
      <PostList posts={posts} />
    </>
  );
}
