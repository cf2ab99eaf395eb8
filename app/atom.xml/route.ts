import { renderAtom } from "@/features/feeds/atom";
import { feedResponse, siteChannel } from "@/features/feeds/site-feeds";
import { FEED_PATHS } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(renderAtom(siteChannel(FEED_PATHS.atom)), "atom");
}
