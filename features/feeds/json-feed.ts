import type { FeedChannel } from "./entries";

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by hand: the common libraries emit 1.0. */
export function renderJsonFeed(channel: FeedChannel): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    description: channel.description,
    language: channel.language,
    items: channel.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_html: e.contentHtml,
      date_published: e.published,
      date_modified: e.updated,
      authors: [{ name: e.authorName, url: e.authorUrl }],
      tags: [...e.tags],
      language: e.language,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
