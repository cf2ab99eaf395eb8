import { postAuthor, getPosts, getPostsByTag, getTag, type Post } from "@/features/content/posts";
import { absoluteUrl, authorPath, site, tagFeedPath, tagPath } from "@/lib/site";
import { toFeedEntry, type FeedChannel } from "./entries";

export const FEED_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

function entriesOf(posts: readonly Post[]) {
  return posts.map((post) => {
    return toFeedEntry(post, { name: postAuthor(post).name, url: absoluteUrl(authorPath(post.author)) }, absoluteUrl);
  });
}

export function siteChannel(selfPath: string): FeedChannel {
  return {
    title: site.name,
    description: site.description,
    language: site.language,
    homeUrl: absoluteUrl("/"),
    selfUrl: absoluteUrl(selfPath),
    entries: entriesOf(getPosts()),
  };
}

export function tagChannel(slug: string): FeedChannel | undefined {
  const tag = getTag(slug);
  if (!tag) return undefined;
  return {
    ...siteChannel(tagFeedPath(tag.label)),
    title: `${site.name} — ${tag.label}`,
    homeUrl: absoluteUrl(tagPath(tag.label)),
    entries: entriesOf(getPostsByTag(tag.slug)),
  };
}
