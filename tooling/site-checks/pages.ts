import { XMLParser } from "fast-xml-parser";
import type { Probe } from "./probe";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

/** The sitemap's URLs, each on this origin, plus the pages every deployment has. */
async function pageUrls(probe: Probe): Promise<string[]> {
  const { origin } = probe;
  const sitemapUrl = `${origin}/sitemap.xml`;
  const sitemap = await probe.get(sitemapUrl);
  let urls: string[] = [];
  if (sitemap?.status === 200) {
    probe.checkHeaders(sitemapUrl, sitemap);
    const entries = [parser.parse(await sitemap.text())?.urlset?.url ?? []].flat() as { loc: string }[];
    urls = entries.map((e) => e.loc);
    for (const loc of urls) {
      if (!loc.startsWith(`${origin}/`) && loc !== origin)
        probe.fail(`sitemap: ${loc} is not on ${origin} (is SITE_URL right?)`);
    }
  } else probe.fail(`${sitemapUrl}: HTTP ${sitemap?.status ?? "no answer"}`);
  const onThisOrigin = urls.map((u) => u.replace(/^https?:\/\/[^/]+/, origin));
  return [...new Set([`${origin}/`, `${origin}/scaffold`, `${origin}/subscribe`, ...onThisOrigin])];
}

/** The same-origin URLs a page refers to: links, assets, images, and its absolute og:image. */
function refsOf(probe: Probe, url: string, html: string, refs: Set<string>): void {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (canonical && !/^https?:\/\//.test(canonical)) probe.fail(`${url}: canonical "${canonical}" is not absolute`);
  for (const m of html.matchAll(/<meta property="og:image" content="([^"]+)"/g)) {
    if (!/^https?:\/\//.test(m[1]!)) probe.fail(`${url}: og:image "${m[1]}" is not absolute`);
    else refs.add(m[1]!.replace(/^https?:\/\/[^/]+/, probe.origin));
  }
  for (const m of html.matchAll(/<(?:a|link|img|script)\b[^>]*?\s(?:href|src)="([^"#][^"]*)"/g)) {
    const ref = m[1]!;
    if (/^(mailto:|tel:|data:)/.test(ref)) continue;
    const target = new URL(ref.replace(/&amp;/g, "&"), url).toString();
    if (new URL(target).origin === probe.origin) refs.add(target.split("#")[0]!);
  }
}

/** Every page answers 200 with the headers; returns their HTML and what they link to. */
export async function checkPages(probe: Probe): Promise<{ pages: Map<string, string>; refs: Set<string> }> {
  const pages = new Map<string, string>();
  const refs = new Set<string>();
  for (const url of await pageUrls(probe)) {
    const response = await probe.get(url);
    if (!response) continue;
    if (response.status !== 200) {
      probe.fail(`${url}: HTTP ${response.status}, want 200`);
      continue;
    }
    probe.checkHeaders(url, response);
    const html = await response.text();
    pages.set(url, html);
    refsOf(probe, url, html, refs);
    probe.log(`✓ ${url}`);
  }
  return { pages, refs };
}

/** A missing page is a real 404. */
export async function checkMissingPage(probe: Probe): Promise<void> {
  const missing = await probe.get(`${probe.origin}/this-page-does-not-exist-${Date.now()}`);
  if (missing && missing.status !== 404) probe.fail(`missing page: HTTP ${missing.status}, want 404`);
}
