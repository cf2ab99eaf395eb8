import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";

test.describe("the Log", () => {
  test("home lists posts newest first and leads to the post and its comparison table", async ({ page }) => {
    await page.goto("/");
    const titles = page.locator(".post-list-title a");
    await expect(titles).toHaveCount(10);
    await expect(titles.first()).toHaveText(/What looks correct vs\. what actually works/);
    const dates = await page
      .locator(".post-list time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect([...dates].sort().reverse()).toEqual(dates);

    await titles.first().click();
    await expect(page).toHaveURL(LAUNCH);
    await expect(page.locator("h1")).toHaveText(/one build day, three variants/);
    const table = page.locator("figure.comparison table");
    await expect(table.locator("caption")).toHaveText("Three surfaces, one gap");
    await expect(table.locator("thead th")).toHaveText(["Surface", "Looks correct", "Actually works"]);
    await expect(table.locator("tbody th[scope=row]")).toHaveText([
      "Sandbox vs live",
      "Patch vs canonical pattern",
      "Demo vs operator capability",
    ]);
    await expect(table.locator("tbody tr").nth(1).locator("td").nth(1)).toContainText("Recreate the virtualenv");
  });

  test("a post shows author, dates, reading time, variants, principles and the Scaffold CTA", async ({ page }) => {
    await page.goto(LAUNCH);
    await expect(page.locator(".post-meta time").first()).toHaveAttribute("datetime", "2026-11-18T00:00:00.000Z");
    await expect(page.locator(".post-meta")).toContainText(/\d+ min read/);
    await expect(page.locator("h2#variant-one")).toHaveText(/Variant one — /);
    await expect(page.locator("h2#variant-three")).toBeVisible();
    await expect(page.locator(".principle[role=note]")).toHaveCount(3);
    await expect(page.locator(".author-card")).toContainText("Alan Law");
    await expect(page.locator(".author-card")).toContainText("Founder of V8 Global and architect of Axia");
    const cta = page.locator(".post-footer .scaffold-cta a");
    await expect(cta).toHaveAttribute("href", "/scaffold?from=what-looks-correct-vs-what-actually-works");
    await expect(page.locator(".post-adjacent a[rel=prev]")).toHaveAttribute(
      "href",
      "/log/rotating-runner-credentials",
    );
  });

  test("headings carry anchors and code is highlighted in the static HTML", async ({ request }) => {
    const html = await (await request.get("/log/deploiement-sans-racine")).text();
    expect(html).toContain('<h2 id="why-the-user-matters"><a href="#why-the-user-matters">');
    expect(html).toMatch(/<code class="hljs language-bash">.*<span class="hljs-/s);
  });

  test("external links are marked and open in the same tab", async ({ page }) => {
    await page.goto("/log/escaping-fixture");
    const internal = page.locator(".post-body a", { hasText: "relative link" });
    await expect(internal).not.toHaveClass(/external/);
    await page.goto(LAUNCH);
    const links = page.locator(".post-body a.external");
    for (const link of await links.all()) {
      await expect(link).not.toHaveAttribute("target", "_blank");
      await expect(link.locator(".sr-only")).toHaveText("(external site)");
    }
  });

  test("a non-ASCII tag page works in the production build", async ({ page }) => {
    await page.goto(LAUNCH.replace(/.*/, "/log/deploiement-sans-racine"));
    await page.locator(".post-header .tag-list a", { hasText: "運用" }).click();
    await expect(page).toHaveURL(/\/tags\/(%E9%81%8B%E7%94%A8|運用)$/);
    await expect(page.locator("h1")).toHaveText("Tagged “運用”");
    await expect(page.locator(".post-list-title a")).toHaveText([/Déploiement sans racine/]);

    const response = await page.goto("/tags/d%C3%A9ploiement");
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText("Tagged “Déploiement”");
  });

  test("pagination: page 2 holds the older posts and links back", async ({ page }) => {
    await page.goto("/");
    await page.locator("nav.pagination a[rel=next]").click();
    await expect(page).toHaveURL("/page/2");
    await expect(page.locator(".post-list-title a")).toHaveText([
      /Filler post 04/,
      /Filler post 03/,
      /Filler post 02/,
      /Filler post 01/,
      /Figures in practice/,
    ]);
    await expect(page.locator("nav.pagination a[rel=prev]")).toHaveAttribute("href", "/");
    expect((await page.request.get("/page/3")).status()).toBe(404);
  });

  test("author and tag pages are paginated like the Log, so their HTML stays the same size", async ({ page }) => {
    await page.goto("/authors/alan-law");
    await expect(page.locator(".post-list-title a")).toHaveCount(10);
    await page.locator("nav.pagination a[rel=next]").click();
    await expect(page).toHaveURL("/authors/alan-law/page/2");
    await expect(page.locator(".post-list-title a")).toHaveCount(5);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/authors\/alan-law\/page\/2$/);
    await expect(page.locator("nav.pagination a[rel=prev]")).toHaveAttribute("href", "/authors/alan-law");
    expect((await page.request.get("/authors/alan-law/page/3")).status()).toBe(404);
    await page.goto("/tags/%E9%81%8B%E7%94%A8");
    await page.getByRole("link", { name: "RSS for this tag" }).click();
    await expect(page).toHaveURL("/tags/%E9%81%8B%E7%94%A8/feed.xml");
  });

  test("a missing page answers 404 with the site's page", async ({ page }) => {
    const response = await page.goto("/log/no-such-post");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
  });

  test("drafts are absent from production pages", async ({ page, request }) => {
    expect((await request.get("/log/unpublished-draft")).status()).toBe(404);
    expect((await request.get("/tags/secret-draft-tag")).status()).toBe(404);
    for (const path of ["/", "/page/2", "/authors/alan-law"]) {
      await page.goto(path);
      await expect(page.locator("body")).not.toContainText("A draft that must never ship");
    }
  });

  test("dark colour scheme switches the palette on first paint", async ({ browser }) => {
    const backgrounds: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(LAUNCH);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
      await context.close();
    }
    expect(backgrounds).toEqual(["rgb(251, 250, 247)", "rgb(20, 22, 26)"]);
  });

  test("the whole post is readable with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LAUNCH);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("figure.comparison tbody tr")).toHaveCount(3);
    await expect(page.locator(".post-body")).toContainText("What did your last bad day look like?", {
      ignoreCase: true,
    });
    await expect(page.locator(".author-card")).toBeVisible();
    await context.close();
  });

  test("the comparison is readable on a 360 px phone, nothing clipped", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(LAUNCH);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cells = page.locator("figure.comparison td");
    for (const cell of await cells.all()) {
      const box = await cell.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    await context.close();
  });

  test("keyboard focus is visible", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test("security headers are on every response", async ({ request }) => {
    for (const path of ["/", LAUNCH, "/no-such-page", "/favicon.svg"]) {
      const headers = (await request.get(path)).headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBeTruthy();
      expect(headers["permissions-policy"], path).toBeTruthy();
    }
  });

  for (const path of [
    "/",
    LAUNCH,
    "/tags/%E9%81%8B%E7%94%A8",
    "/tags",
    "/archive",
    "/search?q=runner",
    "/log/rotating-runner-credentials",
  ]) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`no axe violations on ${decodeURIComponent(path)} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
        await context.close();
      });
    }
  }
});
