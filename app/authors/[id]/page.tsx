import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorCard } from "@/features/site/author-card";
import { PostList } from "@/features/site/post-list";
import { alternatesFor } from "@/features/site/metadata";
import { getAuthor, getAuthors, getPostsByAuthor } from "@/features/content/posts";
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
