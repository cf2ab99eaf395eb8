import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { reviewToken } from "../../lib/review-token.mjs";
import { E2E_LATER_PORT, E2E_REVIEW_SECRET } from "../../tooling/e2e-content";
import { startNextServer, stopNextServer } from "../../tooling/next-server";
import { expect, test } from "./fixtures";

// Two production builds of the same content: the first at the real time, before the scheduled fixture's
// 2099-06-01T09:00+01:00; the second with PUBLISH_AT at that very minute (tooling/e2e.ts).
const SCHEDULED = { slug: "scheduled-part-three", title: "Runner leases that outlive a restart" };
const REVIEW = { slug: "case-study-awaiting-approval", title: "Case study awaiting the client's approval" };
const LATER = `http://127.0.0.1:${E2E_LATER_PORT}`;
const REVIEW_PATH = `/review/${reviewToken(REVIEW.slug, E2E_REVIEW_SECRET)}/${REVIEW.slug}`;

/** Every surface a post can be on, each fetched: lists, tags, archive, series, author, feeds, sitemap, search. */
const SURFACES = [
  "/",
  "/tags",
  "/tags/infrastructure",
  "/tags/security",
  "/archive",
  "/series/runners-as-themselves",
  "/authors/alan-law",
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/tags/infrastructure/feed.xml",
  "/tags/security/feed.xml",
  "/sitemap.xml",
];
const LATER_PAGES = ["/page/2", "/authors/alan-law/page/2"];

type Get = (path: string) => Promise<{ status: number; text: string }>;
const getter =
  (base: string): Get =>
  async (path) => {
    const response = await fetch(base + path);
    return { status: response.status, text: await response.text() };
  };

/** The published posts' pages, from the build's own sitemap (related posts and previous/next live there). */
async function postPages(get: Get): Promise<string[]> {
  const sitemap = (await get("/sitemap.xml")).text;
  const pages = [...sitemap.matchAll(/<loc>[^<]*?(\/log\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(pages.length).toBeGreaterThan(10);
  return pages;
}

const search = async (get: Get, word: string) => JSON.parse((await get(`/api/search?q=${word}`)).text);

test.describe("a scheduled post, before its time", () => {
  const get = getter("http://127.0.0.1:3210");

  test("is on no surface: lists, tags, archive, series, author pages, feeds, sitemap", async () => {
    for (const path of [...SURFACES, ...LATER_PAGES]) {
      const { status, text } = await get(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain(SCHEDULED.slug);
      expect(text, path).not.toContain(SCHEDULED.title);
    }
    expect((await get("/tags")).text).not.toMatch(/>Later</);
  });

  test("is in no post's related posts or previous/next links", async () => {
    for (const path of await postPages(get)) expect((await get(path)).text, path).not.toContain(SCHEDULED.slug);
  });

  test("has no page, tag page, tag feed, share card or search result: each is our 404 or empty", async () => {
    const notFound = await get(`/log/${SCHEDULED.slug}`);
    expect(notFound.status).toBe(404);
    expect(notFound.text).toContain("Page not found");
    for (const path of [`/log/${SCHEDULED.slug}/opengraph-image`, "/tags/later", "/tags/later/feed.xml"]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await search(get, "zeppelinoid")).hits).toEqual([]);
    expect((await get("/search?q=zeppelinoid")).text).not.toContain(SCHEDULED.slug);
  });

  test("is named by the build, one line with its slug and time, and the next due time", () => {
    const printed = readFileSync(".build/e2e/build-output.log", "utf8");
    expect(printed).toContain(`schedule: ${SCHEDULED.slug} 2099-06-01T08:00:00.000Z\n`);
    expect(printed).toContain("schedule: next due 2099-06-01T08:00:00.000Z");
    expect(printed).not.toContain(`schedule: ${REVIEW.slug}`);
  });

  test("is written into the build's schedule, with the next due time for a timer", () => {
    const schedule = JSON.parse(readFileSync(".build/e2e/artefacts/schedule.json", "utf8"));
    expect(schedule.nextDueAt).toBe("2099-06-01T08:00:00.000Z");
    expect(schedule.scheduled).toEqual([{ slug: SCHEDULED.slug, publishedAt: "2099-06-01T08:00:00.000Z" }]);
  });
});

test.describe("the same content built at the scheduled minute", () => {
  let server: ChildProcess;
  const get = getter(LATER);
  test.beforeAll(async () => {
    server = await startNextServer({
      port: E2E_LATER_PORT,
      distDir: ".build/e2e-later",
      env: { SITE_URL: LATER, DATA_DIR: ".build/e2e-later-data" },
    });
  });
  test.afterAll(async () => {
    if (server) await stopNextServer(server);
  });

  test("publishes the post on every surface at once", async () => {
    // /tags names tags, not posts: it shows the post's own tag, Later (and counts it: the next test).
    for (const path of SURFACES.filter((p) => p !== "/tags")) {
      expect((await get(path)).text, path).toContain(SCHEDULED.slug);
    }
    expect((await get("/tags")).text).toMatch(/>Later</);
    const page = await get(`/log/${SCHEDULED.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("draft-banner");
    for (const path of [`/log/${SCHEDULED.slug}/opengraph-image`, "/tags/later", "/tags/later/feed.xml"]) {
      expect((await get(path)).status, path).toBe(200);
    }
    expect((await search(get, "zeppelinoid")).hits[0].href).toBe(`/log/${SCHEDULED.slug}`);
    // Its series now has three parts, and its neighbour in the series links to it.
    expect((await get("/log/rotating-runner-credentials")).text).toContain(`/log/${SCHEDULED.slug}`);
    const schedule = JSON.parse(readFileSync(".build/e2e-later/artefacts/schedule.json", "utf8"));
    expect(schedule).toMatchObject({ nextDueAt: null, scheduled: [] });
  });

  test("counts it in /tags: one more Infrastructure post than before", async () => {
    const count = (html: string) => Number(/Infrastructure<\/a>\s*<span class="tag-count">(\d+)/.exec(html)?.[1]);
    const before = count((await getter("http://127.0.0.1:3210")("/tags")).text);
    expect(before).toBeGreaterThan(0);
    expect(count((await get("/tags")).text)).toBe(before + 1);
  });
});

test.describe("an unlisted post", () => {
  const get = getter("http://127.0.0.1:3210");

  test("is read at its review link: marked, noindex and nofollow, no share links or email form", async ({
    page,
    request,
  }) => {
    const response = await request.get(REVIEW_PATH);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    await page.goto(REVIEW_PATH);
    await expect(page.locator("h1")).toHaveText(REVIEW.title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
    await expect(page.locator(".draft-banner")).toHaveText(/^Review copy, not published/);
    await expect(page.locator(".share-links")).toHaveCount(0);
    await expect(page.locator(".post-subscribe, form[action*=subscribe]")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Related posts" })).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });

  test("is nowhere else: no post page, no other token, no list, feed, sitemap, search or related block", async () => {
    expect((await get(`/log/${REVIEW.slug}`)).status).toBe(404);
    const forged = `/review/${reviewToken(REVIEW.slug, "another-secret-entirely")}/${REVIEW.slug}`;
    expect((await get(forged)).status).toBe(404);
    for (const path of [...SURFACES, ...(await postPages(get))]) {
      expect((await get(path)).text, path).not.toContain(REVIEW.slug);
    }
    expect((await search(get, "quillbrace")).hits).toEqual([]);
  });
});

test.describe("a post's language", () => {
  const get = getter("http://127.0.0.1:3210");
  const FRENCH = "/log/notes-en-francais";

  test("sets <html lang>, og:locale and the JSON-LD's inLanguage", async ({ page }) => {
    await page.goto(FRENCH);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.inLanguage).toBe("fr");
    await expect(page.locator(".post-meta")).toContainText("1 min read");
    await page.goto("/log/what-looks-correct-vs-what-actually-works");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  });

  test("reaches the feeds (Atom xml:lang, JSON Feed language) and search still finds it", async () => {
    const atom = (await get("/atom.xml")).text;
    expect(atom).toMatch(/<entry xml:lang="fr">\s*<id>[^<]*notes-en-francais<\/id>/);
    expect(atom).toMatch(/<entry xml:lang="en-GB">\s*<id>[^<]*what-looks-correct/);
    const items = JSON.parse((await get("/feed.json")).text).items as { url: string; language: string }[];
    expect(items.find((i) => i.url.endsWith("notes-en-francais"))!.language).toBe("fr");
    expect((await search(get, "tourbillonnant")).hits[0].href).toBe("/log/notes-en-francais");
  });
});
