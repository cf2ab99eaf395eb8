import { XMLParser } from "fast-xml-parser";
import puppeteer from "puppeteer-core";
import { expect, test } from "./fixtures";

const POST = "/log/figures-in-practice";
const IMMUTABLE = "public, max-age=31536000, immutable";
const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

/** Every URL a page's figures name: srcset entries of <source> and <img>, and each <img> src. */
function renditionUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [, list] of html.matchAll(/srcset="([^"]+)"/g)) {
    for (const entry of list!.split(",")) urls.add(entry.trim().split(/\s+/)[0]!);
  }
  for (const [, src] of html.matchAll(/<img [^>]*src="([^"]+)"/g)) urls.add(src!);
  return [...urls];
}

test.describe("figures", () => {
  test("each raster image is a <picture> of AVIF, WebP and a fallback, sized, the first eager and the rest lazy", async ({
    page,
  }) => {
    await page.goto(POST);
    const images = page.locator(".post-body img");
    await expect(images).toHaveCount(5);
    const pictures = page.locator(".post-body picture");
    await expect(pictures).toHaveCount(4);
    for (const picture of await pictures.all()) {
      const types = await picture.locator("source").evaluateAll((els) => els.map((e) => e.getAttribute("type")));
      expect(types).toEqual(["image/avif", "image/webp"]);
      await expect(picture.locator("source").first()).toHaveAttribute("sizes", /43\.5rem/);
    }
    for (const [i, img] of (await images.all()).entries()) {
      await expect(img).toHaveAttribute("width", /^\d+$/);
      await expect(img).toHaveAttribute("height", /^\d+$/);
      if (i === 0) await expect(img).not.toHaveAttribute("loading", /.*/);
      else await expect(img).toHaveAttribute("loading", "lazy");
    }
    // The SVG has its own size from its viewBox and attributes; the decorative image says nothing to a reader.
    await expect(page.locator('.post-body img[src$=".svg"]')).toHaveAttribute("width", "780");
    await expect(page.locator(".post-body figure figcaption")).toHaveText("From sandbox to live");
    await expect(images.nth(3)).toHaveAttribute("alt", "");
    // The browser picked AVIF for the first image, at a width that fits the column on this screen.
    const chosen = await images.first().evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(chosen).toMatch(/\/figures\/[0-9a-f]{20}-(480|800|1200)\.avif$/);
  });

  test("the text does not move while the images load: each <img> has its box before its bytes arrive", async ({
    page,
  }) => {
    await page.route(/\/figures\//, () => {}); // never answered: the page lays out with no image bytes at all
    await page.goto(POST, { waitUntil: "domcontentloaded" });
    const box = await page.locator(".post-body img").first().boundingBox();
    expect(box!.height).toBeGreaterThan(100);
    expect(box!.width / box!.height).toBeCloseTo(2400 / 1600, 1);
  });

  test("on paper each figure fits the page: no wider than the text, no taller than 22 cm", async ({ page }) => {
    // The 800×3000 page would print about 2600 px tall at the text's width: the print rule holds it to 22 cm.
    await page.goto(POST);
    await page.emulateMedia({ media: "print" });
    const text = await page.locator(".post-body").boundingBox();
    const cm = await page.evaluate(() => {
      const probe = Object.assign(document.createElement("div"), { style: "height: 1cm" });
      document.body.append(probe);
      return probe.getBoundingClientRect().height;
    });
    for (const img of await page.locator(".post-body img").all()) {
      const box = (await img.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(text!.width + 0.5);
      expect(box.height).toBeLessThanOrEqual(22 * cm + 0.5);
    }
  });

  test("every rendition answers 200, immutable, with its type; an SVG opened on its own can run no script", async ({
    request,
  }) => {
    const html = await (await request.get(POST)).text();
    const urls = renditionUrls(html).filter((u) => u.startsWith("/figures/"));
    // Three formats at each width no larger than the source: 4 widths for the 2400- and 1600-px images, 2 for
    // the 600-px decoration (480 and its own 600) and 2 for the 800-px tall page, and the SVG as it is.
    expect(urls).toHaveLength(3 * 4 + 3 * 4 + 3 * 2 + 3 * 2 + 1);
    for (const url of urls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["cache-control"], url).toBe(IMMUTABLE);
      const ext = url.split(".").pop()!;
      const type = {
        avif: "image/avif",
        webp: "image/webp",
        jpg: "image/jpeg",
        png: "image/png",
        svg: "image/svg+xml",
      };
      expect(response.headers()["content-type"], url).toBe(type[ext as keyof typeof type]);
      if (ext === "svg") {
        expect(response.headers()["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
        expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      }
    }
    expect((await request.get("/figures/0000000000000000000-800.avif")).status()).toBe(404);
  });

  test("the feed carries each image as a plain <img> with an absolute URL to a mid-size file and its size", async ({
    request,
    baseURL,
  }) => {
    const xml = await (await request.get("/feed.xml")).text();
    const items = new XMLParser().parse(xml).rss.channel.item as Record<string, string>[];
    const html = String(items.find((i) => String(i.link).endsWith(POST))!["content:encoded"]);
    expect(html).not.toMatch(/<picture|<source|srcset=/);
    const imgs = [...html.matchAll(/<img src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)"/g)];
    expect(imgs).toHaveLength(5);
    expect(imgs[0]![1]).toMatch(new RegExp(`^${baseURL}/figures/[0-9a-f]{20}-800\\.jpg$`));
    expect([imgs[0]![2], imgs[0]![3]]).toEqual(["800", "533"]);
    expect(imgs[0]![4]).toBe("A workbench under soft light");
    for (const [, src] of imgs) expect((await request.get(src!)).status()).toBe(200);
  });

  test("in Firefox too (WebDriver BiDi): every image loads once in view, in a modern format, with no CSP report", async ({
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { "network.proxy.type": 0, "app.update.enabled": false },
    });
    try {
      const page = await browser.newPage();
      // Firefox's CSP reports do not reach the console over BiDi: the page's own violation events are recorded.
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      await page.goto(`${baseURL}${POST}`, { waitUntil: "load" });
      const count = await page.$$eval(".post-body img", (imgs) => imgs.length);
      expect(count).toBe(5);
      for (let i = 0; i < count; i++) {
        await page.$$eval(".post-body img", (imgs, n) => imgs[n]!.scrollIntoView(), i);
        await page.waitForFunction(
          (n) => {
            const img = document.querySelectorAll<HTMLImageElement>(".post-body img")[n]!;
            return img.complete && img.naturalWidth > 0;
          },
          { timeout: 10_000 },
          i,
        );
      }
      const chosen = await page.$$eval(".post-body picture img", (imgs) =>
        imgs.map((img) => (img as HTMLImageElement).currentSrc),
      );
      for (const src of chosen) expect(src).toMatch(/\.(avif|webp)$/);
      expect(await violations()).toEqual([]);
      // The watch is shown to see a violation: an inline script added to the page is blocked and recorded.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement("script"), { text: "1" })));
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
      expect((await violations())[0]).toMatch(/script-src/);
    } finally {
      await browser.close();
    }
  });
});
