import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorCard } from "@/components/author-card";
import { PostList } from "@/components/post-list";
import { alternatesFor } from "@/app/_lib/metadata";
import { getAuthor, getAuthors, getPostsByAuthor } from "@/lib/content/posts";
import { authorPath } from "@/lib/site";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAuthors().map((author) => ({ id: author.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).id);
  if (!author) return {};
  return { title: author.name, description: author.role, alternates: alternatesFor(authorPath(author.id)) };
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).id);
  if (!author) notFound();
  return (
    <>
      <h1 className="page-title">{author.name}</h1>
      <AuthorCard {...author} />
      <h2 className="section-title">Posts</h2>
      <PostList posts={getPostsByAuthor(author.id)} />
    </>
  );
}
