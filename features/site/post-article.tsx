import type { ReactNode } from "react";
import { PostBody } from "@/features/content/post-body";
import { ScaffoldCta } from "@/features/content/mdx/scaffold-cta";
import type { Author, Post } from "@/features/content/posts";
import { absoluteUrl, authorPath, postPath } from "@/lib/site";
import { AuthorCard } from "./author-card";
import { CopyButtonScript } from "./copy-button";
import { FormattedDate } from "./formatted-date";
import type { PostContext } from "./reading-context";
import { RelatedPosts } from "./related-posts";
import { SeriesBox } from "./series-views";
import { ShareLinks } from "./share-links";
import { TagList } from "./tag-list";

type Neighbour = Pick<Post, "slug" | "title">;
/** `subscribe`: the email form after the post, which the page brings from the enquiries feature. */
type Props = { post: Post; author: Author; subscribe?: ReactNode } & PostContext;

function Contents({ headings }: { headings: Post["headings"] }) {
  if (headings.length <= 2) return null;
  return (
    <nav className="toc" aria-label="Contents">
      <p className="toc-title">Contents</p>
      <ol>
        {headings.map((h) => (
          <li key={h.id} data-level={h.level}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Older and newer posts; absent when there is neither, and each side only when it exists. */
function Adjacent({ previous, next }: { previous?: Neighbour; next?: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav className="post-adjacent" aria-label="Previous and next posts">
      {previous && (
        <a href={postPath(previous.slug)} rel="prev" className="post-adjacent-previous">
          <span>Previous</span> {previous.title}
        </a>
      )}
      {next && (
        <a href={postPath(next.slug)} rel="next" className="post-adjacent-next">
          <span>Next</span> {next.title}
        </a>
      )}
    </nav>
  );
}

/** A post as a reader sees it: header, contents, the body rendered at content build, author, next steps. */
export function PostArticle({ post, author, previous, next, related, series, subscribe }: Props) {
  return (
    <article className="post">
      <header className="post-header">
        <h1>{post.title}</h1>
        <p className="post-summary">{post.summary}</p>
        <p className="post-meta">
          By <a href={authorPath(author.id)}>{author.name}</a> · Published <FormattedDate iso={post.publishedAt} />
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
      {series && <SeriesBox series={series.info} parts={series.parts} current={post.slug} />}
      <Contents headings={post.headings} />
      <PostBody html={post.html} />
      <footer className="post-footer">
        <ShareLinks url={absoluteUrl(postPath(post.slug))} title={post.title} />
        <AuthorCard {...author} />
        <ScaffoldCta from={post.slug} />
        <section className="post-subscribe" aria-labelledby="post-subscribe-title">
          <h2 id="post-subscribe-title" className="section-label">
            Get new posts by email
          </h2>
          {subscribe}
        </section>
        <p className="print-only">Read online: {absoluteUrl(postPath(post.slug))}</p>
        <RelatedPosts posts={related} />
        <Adjacent previous={previous} next={next} />
      </footer>
      <CopyButtonScript />
    </article>
  );
}
