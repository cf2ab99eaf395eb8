import { channelUpdated, type FeedChannel } from "./entries";
import { cdata, escapeXml, rfc822 } from "./xml";

export function renderRss(channel: FeedChannel): string {
  const items = channel.entries.map(
    (e) => `    <item>
      <title>${escapeXml(e.title)}</title>
      <link>${escapeXml(e.url)}</link>
      <guid isPermaLink="true">${escapeXml(e.url)}</guid>
      <pubDate>${rfc822(e.published)}</pubDate>
      <dc:creator>${escapeXml(e.authorName)}</dc:creator>
${e.tags.map((t) => `      <category>${escapeXml(t)}</category>\n`).join("")}      <description>${escapeXml(e.summary)}</description>
      <content:encoded>${cdata(e.contentHtml)}</content:encoded>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.homeUrl)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${rfc822(channelUpdated(channel.entries))}</lastBuildDate>
${items.join("\n")}
  </channel>
</rss>
`;
}
