import type { RelatedItem } from "@/features/content/projections";
import { postPath } from "@/lib/site";
import { FormattedDate } from "./formatted-date";

/** Three posts to read next (features/content/related.ts); nothing at all when none shares a tag. */
export function RelatedPosts({ posts }: { posts: readonly RelatedItem[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="related-posts" aria-labelledby="related-title">
      <h2 id="related-title" className="section-label">
        Related posts
      </h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <a href={postPath(post.slug)}>{post.title}</a> <FormattedDate iso={post.publishedAt} />
          </li>
        ))}
      </ul>
    </section>
  );
}
