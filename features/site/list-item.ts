import type { Post } from "@/features/content/posts";
import type { PostListItem } from "./post-list";

/** Only what a list shows: list pages stay the same size however long the posts are. */
export function toListItem(post: Post): PostListItem {
  const { slug, title, summary, publishedAt, readingMinutes, tags } = post;
  return { slug, title, summary, publishedAt, readingMinutes, tags: [...tags] };
}
