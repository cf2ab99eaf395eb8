import { XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "@/lib/html";
import { FEED_PATHS } from "@/lib/site";
import type { Probe } from "./probe";

const FEEDS: [string, RegExp][] = [
  [FEED_PATHS.rss, /^application\/rss\+xml/],
  [FEED_PATHS.atom, /^application\/atom\+xml/],
  [FEED_PATHS.json, /^application\/feed\+json/],
];

/** The feed's self link and its content HTML, or a failure line when it does not parse. */
function readFeed(feedPath: string, text: string): { self?: string; content: string } | string {
  if (feedPath === FEED_PATHS.json) {
    try {
      const feed = JSON.parse(text) as { feed_url?: string; items?: { content_html?: string }[] };
      return { self: feed.feed_url, content: (feed.items ?? []).map((i) => i.content_html ?? "").join("") };
    } catch (error) {
      return `not valid JSON: ${(error as Error).message}`;
    }
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`;
  const self =
    feedPath === FEED_PATHS.rss
      ? /<atom:link href="([^"]+)" rel="self"/.exec(text)?.[1]
      : /<link rel="self" type="application\/atom\+xml" href="([^"]+)"/.exec(text)?.[1];
  return { self, content: decodeEntities(text) };
}

/** Feeds: well-formed, the right type, self link = the served URL, only absolute URLs inside. */
export async function checkFeeds(probe: Probe): Promise<void> {
  for (const [feedPath, type] of FEEDS) {
    const url = `${probe.origin}${feedPath}`;
    const response = await probe.get(url);
    if (!response || response.status !== 200) {
      probe.fail(`${url}: HTTP ${response?.status ?? "no answer"}`);
      continue;
    }
    probe.checkHeaders(url, response);
    const contentType = response.headers.get("content-type") ?? "";
    if (!type.test(contentType)) probe.fail(`${url}: content-type ${contentType}`);
    const feed = readFeed(feedPath, await response.text());
    if (typeof feed === "string") {
      probe.fail(`${url}: ${feed}`);
      continue;
    }
    if (!feed.self || new URL(feed.self).pathname !== feedPath)
      probe.fail(`${url}: self link "${feed.self}" is not the served URL`);
    else if (new URL(feed.self).origin !== probe.origin) {
      probe.fail(`${url}: self link "${feed.self}" is on another origin than ${probe.origin} (is SITE_URL right?)`);
    }
    const relative = [...feed.content.matchAll(/\s(?:href|src)="([^"]*)"/g)].find(
      (m) => !/^(https?:|mailto:)/.test(m[1]!),
    );
    if (relative) probe.fail(`${url}: relative URL "${relative[1]}" inside feed content`);
  }
}
