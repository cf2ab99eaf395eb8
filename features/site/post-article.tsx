import type { ReactNode } from "react";
import { PostBody } from "@/features/content/post-body";
import { ScaffoldCta } from "@/features/content/mdx/scaffold-cta";
import { standingOf, type Author, type Post } from "@/features/content/posts";
import type { PostLink } from "@/features/content/projections";
import { absoluteUrl, authorPath, postPath } from "@/lib/site";
import { AuthorCard } from "./author-card";
import { CopyButtonScript } from "./copy-button";
import { formatDateTime, FormattedDate } from "./formatted-date";
import type { PostContext } from "./reading-context";
import { RelatedPosts } from "./related-posts";
import { SeriesBox } from "./series-views";
import { ShareLinks } from "./share-links";
import { TagList } from "./tag-list";

/**
 * `subscribe`: the email form after the post, which the page brings from the enquiries feature. `review`: the
 * copy at an unlisted post's review link, with no share links, email form or links to other posts.
 */
type Props = { post: Post; author: Author; subscribe?: ReactNode; review?: boolean } & PostContext;

/** What a reader of a copy that is not public must be told: a draft, a scheduled post, a review copy. */
function StandingBanner({ post, review }: { post: Post; review?: boolean }) {
  if (review) return <p className="draft-banner">Review copy, not published: please do not share this link.</p>;
  const standing = standingOf(post);
  if (standing === "published") return null;
  const text = {
    draft: "Draft: visible in development only.",
    scheduled: `Scheduled for ${formatDateTime(post.publishedAt)}: visible in development only until then.`,
    unlisted: "Unlisted: published at its review link only.",
  }[standing];
  return <p className="draft-banner">{text}</p>;
}

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
function Adjacent({ previous, next }: { previous?: PostLink; next?: PostLink }) {
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
export function PostArticle({ post, author, previous, next, related, series, subscribe, review }: Props) {
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
        <StandingBanner post={post} review={review} />
      </header>
      {series && <SeriesBox series={series.info} parts={series.parts} current={post.slug} />}
      <Contents headings={post.headings} />
      <PostBody html={post.html} />
      <footer className="post-footer">
        {!review && <ShareLinks url={absoluteUrl(postPath(post.slug))} title={post.title} />}
        <AuthorCard {...author} />
        <ScaffoldCta from={post.slug} />
        {!review && (
          <section className="post-subscribe" aria-labelledby="post-subscribe-title">
            <h2 id="post-subscribe-title" className="section-label">
              Get new posts by email
            </h2>
            {subscribe}
          </section>
        )}
        {!review && <p className="print-only">Read online: {absoluteUrl(postPath(post.slug))}</p>}
        <RelatedPosts posts={related} />
        <Adjacent previous={previous} next={next} />
      </footer>
      <CopyButtonScript />
    </article>
  );
}
