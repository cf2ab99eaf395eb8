import { ImageResponse } from "next/og";
import { OG_SIZE } from "@/features/share-image/card";
import { getPost, getPosts } from "@/features/content/posts";
import { ogImageArgs } from "@/features/share-image/render";
import { OG_ALT_POST } from "@/features/share-image/text";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = OG_ALT_POST;
export const dynamicParams = false;

// Every post's card is rendered at build time: no image work happens at request time.
export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export default async function PostImage({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  if (!post) throw new Error("share image requested for an unknown post");
  const { element, options } = await ogImageArgs({
    title: post.title,
    summary: post.summary,
    rows: post.comparison?.rows,
  });
  return new ImageResponse(element, options);
}
