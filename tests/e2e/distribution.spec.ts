import { extractFromXml } from "@extractus/feed-extractor";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT || 3210}`;
const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata" });

async function getText(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(type);
  return response.text();
}

function absoluteRefs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

function cdataText(value: unknown): string {
  const v = value as { "#cdata"?: string | string[] };
  return [v["#cdata"] ?? ""].flat().join("");
}

test.describe("feeds", () => {
  test("RSS is well-formed, self-linked, full-content, absolute and draft-free", async ({ request }) => {
    const xml = await getText(request, "/feed.xml", /^application\/rss\+xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel["atom:link"]["@href"]).toBe(`${BASE}/feed.xml`);
    const items = channel.item as Record<string, unknown>[];
    expect(items).toHaveLength(15);
    expect(xml).not.toContain("A draft that must never ship");

    const launch = items.find((i) => i.link === `${BASE}${LAUNCH}`)!;
    expect(launch.guid).toEqual({ "#text": `${BASE}${LAUNCH}`, "@isPermaLink": "true" });
    expect(launch["dc:creator"]).toBe("Alan Law");
    expect(launch.category).toEqual(["Infrastructure", "Operations", "Build day"]);
    const html = cdataText(launch["content:encoded"]);
    expect(html).toContain('<th scope="col">Looks correct</th>');
    expect(html).toContain("Patch vs canonical pattern");
    expect(html).not.toMatch(/<script|class="/);
    for (const ref of absoluteRefs(html)) expect(ref).toMatch(/^https?:\/\//);
    // The channel's date is the newest post's, so two builds of the same content give the same bytes.
    expect(channel.lastBuildDate).toBe("Wed, 18 Nov 2026 00:00:00 GMT");
  });

  test("the escaping fixture round-trips through a feed reader", async ({ request }) => {
    const xml = await getText(request, "/feed.xml", /xml/);
    const feed = await extractFromXml(xml);
    const titles = (feed.entries ?? []).map((e) => e.title);
    expect(titles).toContain(`Ampersands & <angle brackets> in "quoted" titles 🚀`);
    const item = (parser.parse(xml).rss.channel.item as Record<string, unknown>[]).find((i) =>
      String(i.link).endsWith("/escaping-fixture"),
    )!;
    expect(item.category).toEqual(["R&D", "<script>", "Ops 🚀"]);
    const html = cdataText(item["content:encoded"]);
    // The post's /favicon.svg is published as a figure: an absolute, content-hashed URL.
    expect(html).toMatch(new RegExp(`src="${BASE}/figures/[0-9a-f]{20}\\.svg"`));
    expect(html).toContain(`href="${BASE}${LAUNCH}"`);
  });

  test("Atom and JSON Feed carry the same entries with the right self links", async ({ request }) => {
    const atom = await getText(request, "/atom.xml", /^application\/atom\+xml/);
    expect(XMLValidator.validate(atom)).toBe(true);
    const feed = parser.parse(atom).feed;
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${BASE}/atom.xml`);
    expect(feed.entry).toHaveLength(15);

    const json = JSON.parse(await getText(request, "/feed.json", /^application\/feed\+json/));
    const ajv = new Ajv({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync("tests/fixtures/jsonfeed-1.1.schema.json", "utf8")));
    validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe(`${BASE}/feed.json`);
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(feed.entry.map((e: { id: string }) => e.id));
  });

  test("per-tag RSS works for a non-ASCII tag", async ({ request }) => {
    const xml = await getText(request, "/tags/%E9%81%8B%E7%94%A8/feed.xml", /^application\/rss\+xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBe("Operator's Log — 運用");
    expect(new URL(channel["atom:link"]["@href"]).pathname).toBe("/tags/%E9%81%8B%E7%94%A8/feed.xml");
    expect([channel.item].flat().map((i: { title: string }) => i.title)).toEqual([
      "Déploiement sans racine: running the runner as itself",
    ]);
  });

  test("every page's head advertises the three feeds; tag pages also their own", async ({ page }) => {
    for (const path of ["/", LAUNCH, "/subscribe"]) {
      await page.goto(path);
      const hrefs = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      expect(hrefs, path).toEqual(
        expect.arrayContaining([`${BASE}/feed.xml`, `${BASE}/atom.xml`, `${BASE}/feed.json`]),
      );
    }
    await page.goto("/tags/%E9%81%8B%E7%94%A8");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    await expect(page.locator(`link[href="${BASE}/tags/%E9%81%8B%E7%94%A8/feed.xml"]`)).toHaveCount(1);
  });

  test("the subscribe page lists the feeds, copies a URL and is linked from header and posts", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(LAUNCH);
    await expect(page.locator(".site-header a[href='/subscribe']")).toBeVisible();
    await page.locator(".post-subscribe a").click();
    await expect(page).toHaveURL("/subscribe");
    const values = await page
      .locator(".feed-url input")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual([`${BASE}/feed.xml`, `${BASE}/atom.xml`, `${BASE}/feed.json`]);
    await page.getByRole("button", { name: "Copy the RSS URL" }).click();
    await expect(page.getByRole("button", { name: "Copy the RSS URL" })).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}/feed.xml`);
    await expect(page.locator(".reader-links a").first()).toHaveAttribute("href", /feedly\.com.*127\.0\.0\.1/);
  });
});

test.describe("share images", () => {
  test("each post's og:image is a 1200×630 PNG prerendered at build", async ({ page, request }) => {
    const sitemap = parser.parse(await getText(request, "/sitemap.xml", /xml/));
    const posts = (sitemap.urlset.url as { loc: string }[]).map((u) => u.loc).filter((loc) => loc.includes("/log/"));
    expect(posts.length).toBe(15);
    for (const loc of posts) {
      await page.goto(loc);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image, loc).toMatch(new RegExp(`^${BASE}/log/[^/]+/opengraph-image`));
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
      // The alt text describes this post's own card: its title, as the card shows it.
      const title = (await page.locator("h1").textContent())!.replace(/[^\x20-\u024F]/gu, "").trim();
      const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
      expect(alt, loc).toContain(title.slice(0, 40));
      const response = await request.get(image!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      const png = await response.body();
      // Served from the build's output, not drawn on request: the bytes are the file the build wrote.
      const built = readFileSync(`.build/e2e/artefacts${new URL(image!).pathname}.png`);
      expect(Buffer.compare(png, built), image!).toBe(0);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test("the two designs match their snapshots", async ({ request }) => {
    const table = await (await request.get(`${LAUNCH}/opengraph-image`)).body();
    expect(table).toMatchSnapshot("og-comparison-table.png", { maxDiffPixelRatio: 0.01 });
    const plain = await (await request.get("/log/filler-post-01/opengraph-image")).body();
    expect(plain).toMatchSnapshot("og-title-summary.png", { maxDiffPixelRatio: 0.01 });
  });

  test("the card as a feed shows it, 500 px wide: every row whole, nothing cut", async ({ page }) => {
    await page.setViewportSize({ width: 540, height: 320 });
    await page.goto(LAUNCH);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
    // The alt text is the card's own text: every cell is whole (no "…"), in the author's short wording.
    expect(alt).not.toContain("…");
    expect(alt).toContain("Green on sandbox, so green on live.");
    await page.setContent(`<img src="${BASE}${LAUNCH}/opengraph-image" width="500" height="263" alt="">`);
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    await expect(page.locator("img")).toHaveScreenshot("og-card-at-500px.png", { maxDiffPixelRatio: 0.01 });
  });

  test("post pages carry article Open Graph tags and a large Twitter card", async ({ page }) => {
    await page.goto(LAUNCH);
    const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`);
    await expect(meta("og:type")).toHaveAttribute("content", "article");
    await expect(meta("article:published_time")).toHaveAttribute("content", "2026-11-18T00:00:00.000Z");
    await expect(meta("article:author")).toHaveAttribute("content", "Alan Law");
    await expect(meta("article:tag")).toHaveCount(3);
    await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
    await page.goto("/");
    await expect(meta("og:image")).toHaveAttribute("content", new RegExp(`^${BASE}/opengraph-image`));
  });
});

test.describe("search engines", () => {
  test("the sitemap lists every published post, tag and page with content dates", async ({ request }) => {
    const urls = parser.parse(await getText(request, "/sitemap.xml", /xml/)).urlset.url as {
      loc: string;
      lastmod: string;
    }[];
    const byLoc = new Map(urls.map((u) => [u.loc, u.lastmod]));
    for (const loc of byLoc.keys()) expect(loc).toMatch(new RegExp(`^${BASE}/`));
    expect(byLoc.get(`${BASE}${LAUNCH}`)).toBe("2026-11-18T00:00:00.000Z");
    expect(byLoc.get(`${BASE}/log/escaping-fixture`)).toBe("2026-11-07T00:00:00.000Z");
    expect(byLoc.get(`${BASE}/tags/%E9%81%8B%E7%94%A8`)).toBe("2026-11-10T00:00:00.000Z");
    expect(byLoc.has(`${BASE}/page/2`)).toBe(true);
    expect(byLoc.has(`${BASE}/authors/alan-law/page/2`)).toBe(true);
    expect(byLoc.has(`${BASE}/subscribe`)).toBe(true);
    expect([...byLoc.keys()].some((l) => l.includes("draft"))).toBe(false);
    const robots = await getText(request, "/robots.txt", /text\/plain/);
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`);
  });

  test("canonical URLs and escaped BlogPosting JSON-LD", async ({ page, request }) => {
    await page.goto("/log/escaping-fixture");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${BASE}/log/escaping-fixture`);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    expect(raw).not.toContain("<");
    expect(raw).toContain("\\u003cangle brackets>");
    const ld = JSON.parse(raw!);
    expect(ld).toMatchObject({
      "@type": "BlogPosting",
      headline: `Ampersands & <angle brackets> in "quoted" titles 🚀`,
      datePublished: "2026-11-05T00:00:00.000Z",
      dateModified: "2026-11-07T00:00:00.000Z",
      author: { "@type": "Person", name: "Alan Law" },
      publisher: { "@type": "Organization", name: "V8 Global" },
      image: `${BASE}/log/escaping-fixture/opengraph-image`,
      mainEntityOfPage: { "@id": `${BASE}/log/escaping-fixture` },
    });
    expect((await request.get(ld.image)).status()).toBe(200);
    const canonical: Record<string, string> = {
      "/": `${BASE}/`,
      "/subscribe": `${BASE}/subscribe`,
      "/tags/%E9%81%8B%E7%94%A8": `${BASE}/tags/%E9%81%8B%E7%94%A8`,
      "/page/2": `${BASE}/page/2`,
    };
    for (const [path, href] of Object.entries(canonical)) {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", href);
    }
  });
});
