import { channelUpdated, type FeedChannel } from "./entries";
import { escapeXml } from "./xml";

export function renderAtom(channel: FeedChannel): string {
  const entries = channel.entries.map(
    (e) => `  <entry xml:lang="${escapeXml(e.language)}">
    <id>${escapeXml(e.url)}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <author><name>${escapeXml(e.authorName)}</name><uri>${escapeXml(e.authorUrl)}</uri></author>
${e.tags.map((t) => `    <category term="${escapeXml(t)}"/>\n`).join("")}    <summary type="text">${escapeXml(e.summary)}</summary>
    <content type="html">${escapeXml(e.contentHtml)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">
  <id>${escapeXml(channel.homeUrl)}</id>
  <title type="text">${escapeXml(channel.title)}</title>
  <subtitle type="text">${escapeXml(channel.description)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(channel.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(channel.homeUrl)}"/>
  <updated>${channelUpdated(channel.entries)}</updated>
${entries.join("\n")}
</feed>
`;
}
