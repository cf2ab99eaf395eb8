import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities } from "../html";
import { FEED_PATHS } from "../site";

/**
 * Read-only checks of a running site, shared by `npm run smoke` (a deployed
 * site) and `npm run verify` (the production build here). Each problem is one
 * line; an empty list means every check passed.
 */
export type SiteReport = { failures: string[]; pages: Map<string, string>; checked: number };

const REQUIRED_HEADERS: [string, (v: string) => boolean, string][] = [
  ["content-security-policy", (v) => v.includes("frame-ancestors 'none'") && !v.includes("unsafe-eval"), "with frame-ancestors 'none' and no unsafe-eval"],
  ["x-content-type-options", (v) => v === "nosniff", "nosniff"],
  ["referrer-policy", (v) => v.length > 0, "set"],
  ["permissions-policy", (v) => v.length > 0, "set"],
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

export async function checkSite(base: string, options: { log?: (line: string) => void; fetchTimeoutMs?: number } = {}): Promise<SiteReport> {
  const origin = new URL(base).origin;
  const failures: string[] = [];
  const pages = new Map<string, string>();
  const seen = new Map<string, number>();
  let checked = 0;
  const log = options.log ?? (() => undefined);
  const fail = (line: string) => {
    failures.push(line);
    log(`✗ ${line}`);
  };

  async function get(url: string, init?: RequestInit): Promise<Response | undefined> {
    checked++;
    try {
      return await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 15_000), ...init });
    } catch (error) {
      fail(`${url}: request failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  function checkHeaders(url: string, response: Response) {
    for (const [name, ok, want] of REQUIRED_HEADERS) {
      const value = response.headers.get(name);
      if (value === null || !ok(value)) fail(`${url}: header ${name} ${value === null ? "missing" : `"${value}"`}, want ${want}`);
    }
  }

  const absolute = (ref: string, from: string) => new URL(ref.replace(/&amp;/g, "&"), from).toString();

  // 1. The sitemap, and every URL in it plus the pages every deployment has.
  const sitemapUrl = `${origin}/sitemap.xml`;
  const sitemap = await get(sitemapUrl);
  let urls: string[] = [];
  if (sitemap?.status === 200) {
    checkHeaders(sitemapUrl, sitemap);
    const xml = await sitemap.text();
    const entries = [parser.parse(xml)?.urlset?.url ?? []].flat() as { loc: string }[];
    urls = entries.map((e) => e.loc);
    for (const loc of urls) if (!loc.startsWith(`${origin}/`) && loc !== origin) fail(`sitemap: ${loc} is not on ${origin} (is SITE_URL right?)`);
  } else fail(`${sitemapUrl}: HTTP ${sitemap?.status ?? "no answer"}`);
  const pageUrls = [...new Set([`${origin}/`, `${origin}/scaffold`, `${origin}/subscribe`, ...urls.map((u) => u.replace(/^https?:\/\/[^/]+/, origin))])];

  const refs = new Set<string>();
  for (const url of pageUrls) {
    const response = await get(url);
    if (!response) continue;
    if (response.status !== 200) {
      fail(`${url}: HTTP ${response.status}, want 200`);
      continue;
    }
    checkHeaders(url, response);
    const html = await response.text();
    pages.set(url, html);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (canonical && !/^https?:\/\//.test(canonical)) fail(`${url}: canonical "${canonical}" is not absolute`);
    for (const m of html.matchAll(/<meta property="og:image" content="([^"]+)"/g)) {
      if (!/^https?:\/\//.test(m[1]!)) fail(`${url}: og:image "${m[1]}" is not absolute`);
      else refs.add(m[1]!.replace(/^https?:\/\/[^/]+/, origin));
    }
    for (const m of html.matchAll(/<(?:a|link|img|script)\b[^>]*?\s(?:href|src)="([^"#][^"]*)"/g)) {
      const ref = m[1]!;
      if (/^(mailto:|tel:|data:)/.test(ref)) continue;
      const target = absolute(ref, url);
      if (new URL(target).origin === origin) refs.add(target.split("#")[0]!);
    }
    log(`✓ ${url}`);
  }

  // 2. Every internal link, asset and image resolves.
  for (const ref of refs) {
    if (pages.has(ref) || seen.has(ref)) continue;
    const response = await get(ref);
    seen.set(ref, response?.status ?? 0);
    if (!response) continue;
    if (response.status >= 400) fail(`${ref}: HTTP ${response.status} (linked from a page)`);
    else if (/opengraph-image/.test(ref)) {
      if (response.headers.get("content-type") !== "image/png") fail(`${ref}: content-type ${response.headers.get("content-type")}, want image/png`);
      checkHeaders(ref, response);
    }
    await response.body?.cancel().catch(() => undefined);
  }

  // 3. A missing page is a real 404.
  const missing = await get(`${origin}/this-page-does-not-exist-${Date.now()}`);
  if (missing && missing.status !== 404) fail(`missing page: HTTP ${missing.status}, want 404`);

  // 4. Feeds: well-formed, the right type, self link = served URL, absolute URLs inside.
  const feeds: [string, RegExp][] = [
    [FEED_PATHS.rss, /^application\/rss\+xml/],
    [FEED_PATHS.atom, /^application\/atom\+xml/],
    [FEED_PATHS.json, /^application\/feed\+json/],
  ];
  for (const [feedPath, type] of feeds) {
    const url = `${origin}${feedPath}`;
    const response = await get(url);
    if (!response || response.status !== 200) {
      fail(`${url}: HTTP ${response?.status ?? "no answer"}`);
      continue;
    }
    checkHeaders(url, response);
    if (!type.test(response.headers.get("content-type") ?? "")) fail(`${url}: content-type ${response.headers.get("content-type")}`);
    const text = await response.text();
    let self: string | undefined;
    let content = "";
    if (feedPath === FEED_PATHS.json) {
      try {
        const feed = JSON.parse(text) as { feed_url?: string; items?: { content_html?: string }[] };
        self = feed.feed_url;
        content = (feed.items ?? []).map((i) => i.content_html ?? "").join("");
      } catch (error) {
        fail(`${url}: not valid JSON: ${(error as Error).message}`);
        continue;
      }
    } else {
      const valid = XMLValidator.validate(text);
      if (valid !== true) {
        fail(`${url}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
        continue;
      }
      self = feedPath === FEED_PATHS.rss ? /<atom:link href="([^"]+)" rel="self"/.exec(text)?.[1] : /<link rel="self" type="application\/atom\+xml" href="([^"]+)"/.exec(text)?.[1];
      content = decodeEntities(text);
    }
    if (!self || new URL(self).pathname !== feedPath) fail(`${url}: self link "${self}" is not the served URL`);
    else if (new URL(self).origin !== origin) fail(`${url}: self link "${self}" is on another origin than ${origin} (is SITE_URL right?)`);
    for (const m of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (!/^(https?:|mailto:)/.test(m[1]!)) {
        fail(`${url}: relative URL "${m[1]}" inside feed content`);
        break;
      }
    }
  }

  // 5. The API: health answers, and an empty enquiry is refused (it must never create one).
  const health = await get(`${origin}/api/health`);
  if (!health || health.status !== 200) fail(`${origin}/api/health: HTTP ${health?.status ?? "no answer"}`);
  else checkHeaders(`${origin}/api/health`, health);
  const empty = await get(`${origin}/api/enquiry`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  if (empty && empty.status !== 422) fail(`POST ${origin}/api/enquiry with an empty body: HTTP ${empty.status}, want 422`);
  else if (empty) checkHeaders(`${origin}/api/enquiry`, empty);

  return { failures, pages, checked };
}
