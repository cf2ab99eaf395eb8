import { renderJsonFeed } from "@/features/feeds/json-feed";
import { feedResponse, siteChannel } from "@/features/feeds/site-feeds";
import { FEED_PATHS } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderJsonFeed(siteChannel(FEED_PATHS.json)), "json");
}
