import type { Metadata } from "next";
import { FEED_PATHS, tagFeedPath, site } from "@/lib/site";

/**
 * Feed autodiscovery for <head>. Next replaces `alternates` wholesale in a
 * child segment, so every page that sets a canonical must include these too.
 */
export function alternatesFor(canonical?: string, tagFeed?: { label: string }): Metadata["alternates"] {
  return {
    ...(canonical ? { canonical } : {}),
    types: {
      "application/rss+xml": [
        { url: FEED_PATHS.rss, title: `${site.name} (RSS)` },
        ...(tagFeed ? [{ url: tagFeedPath(tagFeed.label), title: `${site.name} — ${tagFeed.label} (RSS)` }] : []),
      ],
      "application/atom+xml": [{ url: FEED_PATHS.atom, title: `${site.name} (Atom)` }],
      "application/feed+json": [{ url: FEED_PATHS.json, title: `${site.name} (JSON Feed)` }],
    },
  };
}
