import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/features/site/pagination";
import { PostList } from "@/features/site/post-list";
import { getPosts, paginate } from "@/features/content/posts";
import { alternatesFor } from "@/features/site/metadata";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const { pageCount } = paginate(getPosts(), 1)!;
  // Page 1 lives at "/"; Next needs at least one param, so an empty log yields none and /page/* 404s.
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Page ${page}`, alternates: alternatesFor(`/page/${page}`) };
}

export default async function LogPage({ params }: Props) {
  const number = Number((await params).page);
  const page = number >= 2 ? paginate(getPosts(), number) : undefined;
  if (!page) notFound();
  return (
    <>
      <h1 className="page-title">The Log — page {page.page}</h1>
      <PostList posts={page.items} />
      <Pagination page={page.page} pageCount={page.pageCount} />
    </>
  );
}
