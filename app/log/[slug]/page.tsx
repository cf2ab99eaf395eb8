import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorCard } from "@/components/author-card";
import { FormattedDate } from "@/components/formatted-date";
import { PostBody } from "@/components/post-body";
import { ScaffoldCta } from "@/components/scaffold-cta";
import { TagList } from "@/components/tag-list";
import { getAdjacentPosts, getAuthor, getPost, getPosts } from "@/lib/content/posts";
import { alternatesFor } from "@/app/_lib/metadata";
import { JsonLd } from "@/components/json-ld";
import { blogPostingLd } from "@/lib/structured-data";
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
    <article className="post">
      <JsonLd data={blogPostingLd(post, author, absoluteUrl(postImagePath(post.slug)))} />
      <header className="post-header">
        <h1>{post.title}</h1>
        <p className="post-summary">{post.summary}</p>
        <p className="post-meta">
          By <a href={`/authors/${author.id}`}>{author.name}</a> · Published <FormattedDate iso={post.publishedAt} />
          {post.updatedAt && (
            <>
              {" "}
              · Updated <FormattedDate iso={post.updatedAt} />
            </>
          )}{" "}
          · {post.readingMinutes} min read
        </p>
        <TagList tags={post.tags} />
        {post.draft && <p className="draft-banner">Draft: visible in development only.</p>}
      </header>

      {post.headings.length > 2 && (
        <nav className="toc" aria-label="Contents">
          <p className="toc-title">Contents</p>
          <ol>
            {post.headings.map((h) => (
              <li key={h.id} data-level={h.level}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <PostBody html={post.html} />

      <footer className="post-footer">
        <AuthorCard {...author} />
        <ScaffoldCta from={post.slug} />
        <p className="post-subscribe">
          Read the next one first: <a href="/subscribe">subscribe to the Operator&apos;s Log</a>.
        </p>
        <nav className="post-adjacent" aria-label="More posts">
          {previous ? (
            <a href={postPath(previous.slug)} rel="prev">
              <span>Previous</span> {previous.title}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={postPath(next.slug)} rel="next">
              <span>Next</span> {next.title}
            </a>
          ) : (
            <span />
          )}
        </nav>
      </footer>
    </article>
  );
}
