import type { WithHeaders } from "@/lib/http/client-address";
import { DIRECT } from "./model";

/**
 * Who is not counted, read from the request: readers who asked not to be (Do Not Track, Global Privacy
 * Control), and software that says what it is — crawlers, link previewers, headless and audited browsers.
 * /enhance/count.js also stays silent when navigator.webdriver is set (a browser under automation).
 */
const AUTOMATED_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|headless|lighthouse|pagespeed|preview|facebookexternalhit|embedly|monitor|curl\/|wget\/|python|httpclient|node-fetch|undici|axios|go-http|java\//i;

export type NotCounted = "do-not-track" | "global-privacy-control" | "automated";

export function notCounted(headers: WithHeaders["headers"]): NotCounted | undefined {
  if (headers.get("dnt") === "1") return "do-not-track";
  if (headers.get("sec-gpc") === "1") return "global-privacy-control";
  const agent = headers.get("user-agent") ?? "";
  if (agent === "" || AUTOMATED_AGENT.test(agent)) return "automated";
  return undefined;
}

/** A page's path as counted: no query or fragment, no trailing slash (but "/"), at most 300 characters. */
export function countedPath(raw: unknown): string | undefined {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.length > 300) return undefined;
  const path = raw.replace(/[?#].*$/, "");
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

const SOURCE_NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/**
 * Where a view came from: the newsletter's (or any link's) utm_source, else the host of the referring page
 * (without "www."), else "direct". A referrer on this site is "direct" too: it is a reader moving between
 * pages, not arriving. Anything that is not a plain name is "direct", so a source is always short and printable.
 */
export function sourceOf(referrer: unknown, utmSource: unknown, siteHost: string): string {
  if (typeof utmSource === "string") {
    const name = utmSource.trim().toLowerCase();
    if (SOURCE_NAME.test(name)) return name;
  }
  if (typeof referrer !== "string" || referrer === "") return DIRECT;
  let host: string;
  try {
    host = new URL(referrer).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return DIRECT;
  }
  if (host === siteHost.replace(/^www\./, "") || !SOURCE_NAME.test(host)) return DIRECT;
  return host;
}
