import { getTags } from "@/features/content/posts";
import { renderRss } from "@/features/feeds/rss";
import { feedResponse, tagChannel } from "@/features/feeds/site-feeds";
import { decodeRouteParam } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const channel = tagChannel(decodeRouteParam((await params).tag));
  if (!channel) return new Response("No such tag", { status: 404 });
  return feedResponse(renderRss(channel), "rss");
}
