import { enquiryConfig } from "@/features/enquiries/config";
import { BodyTooLargeError } from "@/lib/http/body";
import { clientAddress, type WithHeaders } from "@/lib/http/client-address";
import { site } from "@/lib/site";
import { countedPath, notCounted, sourceOf } from "../rules";
import { readershipCollector } from "../service";

/** A beacon is a path, a referrer and a utm_source: far less than this. */
export const BEACON_LIMIT_BYTES = 2048;

/** What the view endpoint is given: the request's headers, and its body read within a limit. */
export type BeaconRequest = WithHeaders & { readBody: (limit: number) => Promise<string> };

export type BeaconAnswer = { status: number; headers: Record<string, string> };

const answer = (status: number, headers: Record<string, string> = {}): BeaconAnswer => ({
  status,
  headers: { "Cache-Control": "no-store", ...headers },
});

const siteHost = new URL(site.url).hostname;

/**
 * POST /api/view: a page view from /enhance/count.js (text/plain JSON: path, referrer, utm). The answer is 204
 * whether or not it was counted — the reader's page does not wait on it and learns nothing from it — except
 * 429 past the address's rate limit, 403 from another site, and 400/413 for a body that is not a beacon.
 */
export async function postView(request: BeaconRequest): Promise<BeaconAnswer> {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return answer(403);
  if (notCounted(request.headers)) return answer(204);
  let body: Record<string, unknown> | null;
  try {
    body = JSON.parse(await request.readBody(BEACON_LIMIT_BYTES)) as Record<string, unknown> | null;
  } catch (error) {
    return answer(error instanceof BodyTooLargeError ? 413 : 400);
  }
  const path = countedPath(body?.path);
  if (!body || !path) return answer(400);
  try {
    const collector = await readershipCollector();
    const address = clientAddress(request, enquiryConfig().TRUSTED_PROXY_HOPS);
    const wait = collector.takeBeacon(address);
    if (wait > 0) return answer(429, { "Retry-After": String(wait) });
    const source = sourceOf(body.referrer, body.utm, siteHost);
    await collector.collect({ path, source, address, userAgent: request.headers.get("user-agent") ?? "" });
  } catch (error) {
    console.error(`readership: a view was not counted: ${(error as Error).message}`);
    return answer(503, { "Retry-After": "60" });
  }
  return answer(204);
}
