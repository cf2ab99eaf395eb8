import { renderAtom } from "@/lib/feeds/atom";
import { FEED_PATHS, feedResponse, siteChannel } from "@/lib/feeds/site-feeds";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderAtom(siteChannel(FEED_PATHS.atom)), "atom");
}
