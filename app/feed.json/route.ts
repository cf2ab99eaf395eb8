import { renderJsonFeed } from "@/lib/feeds/json-feed";
import { FEED_PATHS, feedResponse, siteChannel } from "@/lib/feeds/site-feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderJsonFeed(siteChannel(FEED_PATHS.json)), "json");
}
