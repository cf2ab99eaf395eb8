import { renderRss } from "@/features/feeds/rss";
import { feedResponse, siteChannel } from "@/features/feeds/site-feeds";
import { FEED_PATHS } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderRss(siteChannel(FEED_PATHS.rss)), "rss");
}
