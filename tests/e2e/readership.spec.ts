import { chromium, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tooling/chromium";
import { E2E_PORT, E2E_STATS_PASSWORD } from "@/tooling/e2e-content";
import { uniqueEmail } from "../helpers/fake-crm-client";
import { fillValid, humanPause } from "../helpers/scaffold-form";
import { expect, test } from "./fixtures";

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";
const RUNNERS = "/log/rotating-runner-credentials";
const ESCAPING = "/log/escaping-fixture";
const FRENCH = "/log/deploiement-sans-racine";

const authorised = { Authorization: `Basic ${Buffer.from(`operator:${E2E_STATS_PASSWORD}`).toString("base64")}` };

type Row = { views: number; visitors: number; enquiries: number; subscriptions: number };

/** What /stats shows today, read from its table the way an operator reads it. */
async function figures(page: Page) {
  await page.setExtraHTTPHeaders(authorised);
  expect((await page.goto(`${BASE}/stats?since=1d`))?.status()).toBe(200);
  const pages = new Map<string, Row>();
  for (const row of await page.locator("tr[data-path]").all()) {
    const cells = (await row.locator("td").allTextContents()).map(Number);
    pages.set((await row.getAttribute("data-path"))!, {
      views: cells[0]!,
      visitors: cells[1]!,
      enquiries: cells[2]!,
      subscriptions: cells[3]!,
    });
  }
  const sources = new Map<string, number>();
  for (const row of await page.locator("tr[data-source]").all()) {
    sources.set((await row.getAttribute("data-source"))!, Number(await row.locator("td").textContent()));
  }
  const zero: Row = { views: 0, visitors: 0, enquiries: 0, subscriptions: 0 };
  return { page: (path: string) => pages.get(path) ?? zero, source: (name: string) => sources.get(name) ?? 0 };
}

/**
 * A reader's browser: automation flags off (navigator.webdriver false) and a desktop Chrome user agent, each
 * reader its own, so the server counts it as a person would be counted. Other specs' browsers are not counted.
 */
let readers: Browser;
let readerCount = 0;
async function reader(options: BrowserContextOptions = {}) {
  readerCount += 1;
  const context = await readers.newContext({
    userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 e2e-${Date.now()}-${readerCount}`,
    ...options,
  });
  const page = await context.newPage();
  const beacons: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/view") beacons.push(request.postData() ?? "");
  });
  /** Open `path` and wait until its beacon (if it sends one) has been answered. */
  const read = async (path: string, goto: Parameters<Page["goto"]>[1] = {}) => {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/view", { timeout: 3_000 });
    await page.goto(`${BASE}${path}`, goto);
    return answered.then(
      (response) => response.status(),
      () => undefined,
    );
  };
  return { page, read, beacons, close: () => context.close() };
}

test.describe("readership figures", () => {
  test.beforeAll(async () => {
    readers = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, "--disable-blink-features=AutomationControlled"],
    });
  });
  test.afterAll(async () => readers?.close());

  test("one view per reader, page and 30 minutes: reloads are not counted, a second reader is", async ({ page }) => {
    const before = await figures(page);
    const first = await reader();
    expect(await first.page.evaluate(() => navigator.webdriver)).toBe(false);
    expect(await first.read(RUNNERS)).toBe(204);
    expect(await first.read(RUNNERS)).toBe(204); // a reload
    await first.page.reload();
    expect(await first.read(ESCAPING)).toBe(204);
    const second = await reader();
    expect(await second.read(RUNNERS)).toBe(204);
    expect(first.beacons).toHaveLength(4); // the reader's browser sent every one: the server counted two
    const after = await figures(page);
    expect(after.page(RUNNERS).views - before.page(RUNNERS).views).toBe(2);
    expect(after.page(RUNNERS).visitors - before.page(RUNNERS).visitors).toBe(2);
    expect(after.page(ESCAPING).views - before.page(ESCAPING).views).toBe(1);
    await Promise.all([first.close(), second.close()]);
  });

  test("not counted: Do Not Track, Global Privacy Control, JavaScript off, browser automation", async ({
    page,
    browser,
  }) => {
    const before = await figures(page);
    const dnt = await reader({ extraHTTPHeaders: { DNT: "1" } });
    expect(await dnt.read(FRENCH)).toBe(204); // sent by the browser, refused by the server
    const gpc = await reader({ extraHTTPHeaders: { "Sec-GPC": "1" } });
    expect(await gpc.read(FRENCH)).toBe(204);
    // A browser that exposes navigator.globalPrivacyControl: the script sends nothing at all.
    const gpcSignal = await reader();
    await gpcSignal.page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }),
    );
    expect(await gpcSignal.read(FRENCH)).toBeUndefined();
    expect(gpcSignal.beacons).toEqual([]);
    const noScript = await reader({ javaScriptEnabled: false });
    expect(await noScript.read(FRENCH)).toBeUndefined();
    await expect(noScript.page.locator("h1")).toBeVisible(); // the page itself is whole
    // The test runner's own browser reports navigator.webdriver: its page sends nothing.
    const automated = await browser.newContext();
    const automatedPage = await automated.newPage();
    const sent: string[] = [];
    automatedPage.on("request", (r) => void (r.url().endsWith("/api/view") && sent.push(r.url())));
    await automatedPage.goto(`${BASE}${FRENCH}`);
    await automatedPage.waitForTimeout(500);
    expect(sent).toEqual([]);
    const after = await figures(page);
    expect(after.page(FRENCH)).toEqual(before.page(FRENCH));
    await Promise.all([dnt.close(), gpc.close(), gpcSignal.close(), noScript.close(), automated.close()]);
  });

  test("sources: the referring site without www, the link's utm_source, this site's own links as direct", async ({
    page,
  }) => {
    const before = await figures(page);
    const fromSearch = await reader();
    await fromSearch.read(RUNNERS, { referer: "https://www.news.example/item?id=42" });
    const fromNewsletter = await reader();
    await fromNewsletter.read(`${RUNNERS}?utm_source=Weekly-Letter&utm_medium=email`);
    const within = await reader();
    await within.read("/archive");
    await within.page.getByRole("link", { name: "Rotating runner credentials without a restart" }).click();
    await within.page.waitForResponse((r) => r.url().endsWith("/api/view"));
    const after = await figures(page);
    expect(after.source("news.example") - before.source("news.example")).toBe(1);
    expect(after.source("weekly-letter") - before.source("weekly-letter")).toBe(1);
    expect(after.source("direct") - before.source("direct")).toBe(2); // the archive, then the click from it
    expect(after.page(RUNNERS).views - before.page(RUNNERS).views).toBe(3);
    await Promise.all([fromSearch.close(), fromNewsletter.close(), within.close()]);
  });

  test("an enquiry sent from a post's call to action is counted against that post", async ({ page }) => {
    const before = await figures(page);
    const visitor = await reader();
    await visitor.read(LAUNCH);
    await visitor.page.getByRole("link", { name: "Talk to us about Scaffold" }).click();
    await visitor.page.waitForURL(/\/scaffold\?from=/);
    await fillValid(visitor.page, uniqueEmail("reader"));
    await humanPause(visitor.page);
    await visitor.page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(visitor.page.getByRole("status")).toContainText("Thank you — your enquiry is in.");
    const after = await figures(page);
    expect(after.page(LAUNCH).views - before.page(LAUNCH).views).toBe(1);
    expect(after.page(LAUNCH).enquiries - before.page(LAUNCH).enquiries).toBe(1);
    expect(after.page("/scaffold").views - before.page("/scaffold").views).toBe(1);
    await visitor.close();
  });

  test("/stats asks for the password, and with it shows the figures: no script, not cached, not indexed", async ({
    page,
    request,
  }) => {
    const refused = await request.get("/stats", { headers: {} });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["www-authenticate"]).toMatch(/^Basic realm=/);
    expect(await refused.text()).not.toContain("tr data-path");
    const wrong = await request.get("/stats", {
      headers: { Authorization: `Basic ${Buffer.from("operator:guess").toString("base64")}` },
    });
    expect(wrong.status()).toBe(401);
    const shown = await request.get("/stats", { headers: authorised });
    expect(shown.status()).toBe(200);
    expect(shown.headers()["cache-control"]).toBe("no-store");
    expect(shown.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(shown.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
    const html = await shown.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js|__NEXT_DATA__/);
    await page.setExtraHTTPHeaders(authorised);
    await page.goto("/stats");
    await expect(page.getByRole("heading", { name: "Readership" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Daily views from/ })).toBeVisible();
    await expect(page.locator("polyline.stats-line").first()).toHaveAttribute("points", /\d+(\.\d)?,\d+/);
  });
});
