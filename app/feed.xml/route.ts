import { renderRss } from "@/lib/feeds/rss";
import { FEED_PATHS, feedResponse, siteChannel } from "@/lib/feeds/site-feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderRss(siteChannel(FEED_PATHS.rss)), "rss");
}
