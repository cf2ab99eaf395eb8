import type { PostListItem } from "@/features/content/projections";
import { FormattedDate } from "./formatted-date";
import { TagList } from "./tag-list";
import { postPath } from "@/lib/site";

/** Posts newest first; a series passes `ordered` to number its parts. */
export function PostList({ posts, ordered = false }: { posts: readonly PostListItem[]; ordered?: boolean }) {
  if (posts.length === 0) return <p>Nothing published here yet.</p>;
  return (
    <ol className={ordered ? "post-list post-list-numbered" : "post-list"}>
      {posts.map((post) => (
        <li key={post.slug}>
          <article>
            <h2 className="post-list-title">
              <a href={postPath(post.slug)}>{post.title}</a>
            </h2>
            <p className="post-list-meta">
              <FormattedDate iso={post.publishedAt} /> · {post.readingMinutes} min read
            </p>
            <p className="post-list-summary">{post.summary}</p>
            <TagList tags={post.tags} />
          </article>
        </li>
      ))}
    </ol>
  );
}
