import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "./fixtures";

const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";
const READING_PAGES = [
  "/",
  "/page/2",
  LAUNCH,
  "/tags/%E9%81%8B%E7%94%A8",
  "/authors/alan-law",
  "/subscribe",
  "/scaffold/thanks",
  "/tags",
  "/archive",
  "/series/runners-as-themselves",
  "/search?q=runner",
  "/log/figures-in-practice",
];
const DIST = ".build/e2e";

/** The scripts a page loads or carries, other than data blocks (JSON-LD). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="application\/ld\+json"/.test(tag));
}

test.describe("reading pages ship no framework JavaScript", () => {
  for (const path of [...READING_PAGES, "/no-such-page", "/log/no-such-post"]) {
    test(`${decodeURIComponent(path)}: only our own deferred scripts, no flight data, one stylesheet`, async ({
      request,
    }) => {
      const response = await request.get(path);
      const html = await response.text();
      for (const tag of scriptsOf(html)) expect(tag, path).toMatch(/^<script src="\/enhance\/[a-z-]+\.js" defer="">$/);
      expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/);
      expect(html).not.toContain("__NEXT_DATA__");
      expect(html).not.toContain("self.__next_f");
      expect(html).not.toMatch(/modulepreload|as="script"/);
      expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
      let ours = 0;
      for (const tag of scriptsOf(html)) {
        const src = /src="([^"]+)"/.exec(tag)![1]!;
        ours += gzipSync(await (await request.get(src)).body()).byteLength;
      }
      expect(ours, "our scripts, gzip").toBeLessThanOrEqual(3 * 1024);
    });
  }

  test("reading pages get script-src 'self' and style-src 'self', nothing inline", async ({ request }) => {
    for (const path of [...READING_PAGES, "/no-such-page"]) {
      const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'self';/);
      expect(csp, path).toMatch(/style-src 'self';/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    }
  });

  // The watch in fixtures.ts is what every other test relies on: show it sees a blocked inline script, in the
  // test's own page and in a context opened later, then clear what it saw so that this test passes.
  test("the CSP watch records a blocked inline script in every context a test opens", async ({
    page,
    browser,
    cspViolations,
  }) => {
    const injectInlineScript = () => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.inlineRan = 'yes'";
      document.head.append(script);
    };
    await page.goto(LAUNCH);
    await page.evaluate(injectInlineScript);
    const later = await browser.newContext();
    const laterPage = await later.newPage();
    await laterPage.goto(`${test.info().project.use.baseURL ?? ""}/`);
    await laterPage.evaluate(injectInlineScript);
    await expect.poll(() => cspViolations.length).toBe(2);
    expect(cspViolations.join("\n")).toMatch(/inline script/i);
    expect(await page.evaluate(() => document.body.dataset.inlineRan)).toBeUndefined();
    await later.close();
    cspViolations.length = 0;
  });

  test("the Scaffold form's page hydrates under a per-request nonce, not unsafe-inline", async ({ request }) => {
    const first = await request.get("/scaffold");
    const second = await request.get("/scaffold");
    const nonce = /'nonce-([^']+)'/.exec(first.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    expect(first.headers()["content-security-policy"]).not.toContain("unsafe-inline");
    const scripts = scriptsOf(await first.text());
    expect(scripts.length).toBeGreaterThan(1);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("an unknown address gets the site's own 404 page, without JavaScript", async ({ page }) => {
    for (const path of ["/no-such-page", "/log/no-such-post", "/tags/no-such-tag", "/page/99"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("h1"), path).toHaveText("Page not found");
      await expect(page.locator(".site-header")).toBeVisible();
    }
  });

  test("the one stylesheet is content-hashed and cached for a year", async ({ request }) => {
    const html = await (await request.get(LAUNCH)).text();
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    expect(href).toMatch(/^\/_next\/static\/.+\.css$/);
    expect((await request.get(href)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const home = await (await request.get("/")).text();
    expect(home).toContain(`href="${href}"`);
  });

  test("share cards and feeds are the files the build wrote, not drawn on request", async ({ request }) => {
    const card = await request.get(`${LAUNCH}/opengraph-image`);
    expect(card.headers()["content-type"]).toBe("image/png");
    const built = readFileSync(`${DIST}/artefacts${LAUNCH}/opengraph-image.png`);
    expect(Buffer.compare(await card.body(), built)).toBe(0);
    const feed = await request.get("/feed.xml");
    expect(await feed.text()).toBe(readFileSync(`${DIST}/artefacts/feed.xml`, "utf8"));
  });
});
