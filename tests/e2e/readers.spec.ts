import { expect, test } from "./fixtures";

// What a reader who arrives finds next: search, tags, archive, series, related posts, share links, and the
// polish of headings, code, narrow tables and print. All on the production build, most without JavaScript.
const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";
const PART_ONE = "/log/deploiement-sans-racine";
const PART_TWO = "/log/rotating-runner-credentials";

test.describe("finding the next post", () => {
  test("/tags lists every tag with its count, its page and its feed", async ({ page }) => {
    await page.goto("/tags");
    const infrastructure = page.locator(".tag-index li", { hasText: "Infrastructure" });
    await expect(infrastructure).toContainText("3 posts");
    await expect(infrastructure.locator("a").first()).toHaveAttribute("href", "/tags/infrastructure");
    await expect(infrastructure.getByRole("link", { name: "RSS for Infrastructure" })).toHaveAttribute(
      "href",
      "/tags/infrastructure/feed.xml",
    );
    const feed = await page.request.get("/tags/infrastructure/feed.xml");
    expect(feed.status()).toBe(200);
    await expect(page.locator(".tag-index li", { hasText: "Secret draft tag" })).toHaveCount(0);
    await page.goto("/tags/infrastructure");
    await expect(page.getByRole("link", { name: "RSS for this tag" })).toBeVisible();
  });

  test("/archive lists every published post under its year, with its date", async ({ page }) => {
    await page.goto("/archive");
    await expect(page.getByRole("heading", { level: 2, name: "2026" })).toBeVisible();
    await expect(page.locator(".archive-list li")).toHaveCount(15);
    const launch = page.locator(".archive-list li", { hasText: "one build day, three variants" });
    await expect(launch.locator("time")).toHaveText("18 November 2026");
    await expect(page.locator(".archive-list")).not.toContainText("A draft that must never ship");
  });

  test("a post in a series says which part it is and links the others; the series has its page", async ({ page }) => {
    await page.goto(PART_TWO);
    const box = page.getByRole("navigation", { name: "Series: Runners as themselves" });
    await expect(box).toContainText("Part 2 of 2 in Runners as themselves");
    await expect(box.getByRole("link", { name: /Déploiement sans racine/ })).toHaveAttribute("href", PART_ONE);
    await expect(box.locator("[aria-current=page]")).toHaveText("Rotating runner credentials without a restart");
    await box.getByRole("link", { name: "Runners as themselves" }).click();
    await expect(page).toHaveURL(/\/series\/runners-as-themselves$/);
    await expect(page.locator(".post-list-title a")).toHaveText([/Déploiement sans racine/, /Rotating runner/]);
    await page.goto(LAUNCH);
    await expect(page.locator(".series-box")).toHaveCount(0);
  });

  test("related posts share tags, newest first; the block is absent when none does", async ({ page }) => {
    await page.goto(PART_TWO);
    const related = page.getByRole("region", { name: "Related posts" });
    await expect(related.getByRole("link")).toHaveText([/one build day, three variants/, /Déploiement sans racine/]);
    await page.goto("/log/escaping-fixture");
    await expect(page.getByRole("region", { name: "Related posts" })).toHaveCount(0);
  });

  test("previous and next show only the sides that exist", async ({ page }) => {
    await page.goto(LAUNCH); // the newest post: nothing newer
    const adjacent = page.getByRole("navigation", { name: "Previous and next posts" });
    await expect(adjacent.locator("a[rel=prev]")).toHaveCount(1);
    await expect(adjacent.locator("a[rel=next]")).toHaveCount(0);
  });

  test("share links are plain URLs to each service, and nothing loads from another origin", async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto(LAUNCH);
    const share = page.getByRole("region", { name: "Share this post" });
    const url = encodeURIComponent(`${baseURL}${LAUNCH}`);
    await expect(share.getByRole("link", { name: "LinkedIn" })).toHaveAttribute(
      "href",
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    );
    await expect(share.getByRole("link", { name: "X" })).toHaveAttribute(
      "href",
      new RegExp(`^https://x\\.com/intent/post\\?text=.+&url=${url.replace(/[.%]/g, "\\$&")}$`),
    );
    await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute(
      "href",
      new RegExp(`^mailto:\\?subject=.+&body=${url.replace(/[.%]/g, "\\$&")}$`),
    );
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await share.getByRole("button", { name: "Copy the post URL" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${LAUNCH}`);
    expect(foreign).toEqual([]);
  });
});

test.describe("search", () => {
  test("without JavaScript: the header's form leads to results rendered by the server", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/archive");
    await page.getByRole("searchbox", { name: "Search the Log" }).fill("canonical");
    await page.getByRole("searchbox", { name: "Search the Log" }).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=canonical$/);
    await expect(page.getByRole("status")).toHaveText(/posts? match(es)? “canonical”/);
    await expect(page.locator(".search-hit-title").first()).toHaveText(/one build day, three variants/);
    await expect(page.locator(".search-hit-snippet mark").first()).toContainText(/canonical/i);
    await context.close();
  });

  test("finds accented and Japanese words, and says so plainly when nothing matches", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("Deploiement")}`);
    await expect(page.locator(".search-hit-title")).toHaveText([/Déploiement sans racine/]);
    await page.goto(`/search?q=${encodeURIComponent("運用")}`);
    await expect(page.locator(".search-hit-title")).toHaveText([/Déploiement sans racine/]);
    await page.goto("/search?q=qwertyuiop");
    await expect(page.getByRole("status")).toHaveText("No posts match “qwertyuiop”.");
    await expect(page.locator(".search-elsewhere")).toBeVisible();
    await page.goto("/search");
    await expect(page.getByRole("status")).toHaveText(/Search titles, summaries, tags/);
    await expect(page.locator(".search-results li")).toHaveCount(0);
    const long = await page.goto(`/search?q=${"runner ".repeat(400)}`);
    expect(long?.status()).toBe(200);
    await expect(page.locator(".search-note")).toContainText("first 200 characters");
  });

  test("with JavaScript: results follow each keystroke, and the address keeps the query", async ({ page }) => {
    await page.goto("/search");
    const box = page.locator("#search-q");
    await box.pressSequentially("runn");
    await expect(page.locator(".search-hit-title")).toHaveCount(3);
    await box.pressSequentially("er cred");
    await expect(page.locator(".search-hit-title")).toHaveText([/Rotating runner credentials/]);
    await expect(page).toHaveURL(/\/search\?q=runner%20cred$/);
    await expect(page.getByRole("status")).toHaveText("1 post matches “runner cred”.");
  });

  test("a search answer is small: one page of hits, not the index", async ({ request }) => {
    const response = await request.get("/api/search?q=post");
    expect(response.status()).toBe(200);
    expect((await response.body()).byteLength).toBeLessThan(150_000);
    const answer = (await response.json()) as { total: number; hits: { href: string }[] };
    expect(answer.total).toBeGreaterThan(10);
    expect(answer.hits.length).toBeLessThanOrEqual(20);
  });
});

test.describe("typography and print", () => {
  test("section headings look like headings, inline code has no backticks, code blocks get a copy button", async ({
    page,
  }) => {
    await page.goto(PART_TWO);
    const heading = page.locator(".post-body h2").first();
    const link = heading.locator("a");
    const [headingStyle, linkStyle] = await Promise.all(
      [heading, link].map((l) =>
        l.evaluate((el) => {
          const s = getComputedStyle(el);
          return { color: s.color, weight: s.fontWeight, line: s.textDecorationLine };
        }),
      ),
    );
    expect(linkStyle).toEqual({ ...headingStyle, line: "none" });
    const code = page.locator(".post-body p code").first();
    expect(await code.evaluate((el) => getComputedStyle(el, "::before").content)).toBe("none");
    await expect(page.locator(".post-body .code-block button", { hasText: "Copy" })).toBeVisible();
  });

  for (const width of [320, 360, 641, 680, 720, 768, 1024, 1440]) {
    test(`the comparison never breaks inside a word at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(LAUNCH);
      const cells = page.locator("figure.comparison :is(th, td)");
      const broken = await cells.evaluateAll((elements) =>
        elements.flatMap((cell) => {
          const head = cell.closest("thead");
          if (head && head.getBoundingClientRect().width <= 1) return []; // a phone's header row: screen readers only
          const style = getComputedStyle(cell);
          const words = style.overflowWrap === "normal" && style.wordBreak === "normal" && style.hyphens !== "auto";
          return words && cell.scrollWidth <= cell.clientWidth + 1 ? [] : [cell.textContent];
        }),
      );
      expect(broken).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test("print is dark text on white whatever the screen prefers, with the post's address", async ({ page }) => {
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.goto(LAUNCH);
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector(".post-body p")!).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0) / 3;
    expect(luminance(colours.text)).toBeLessThan(60);
    expect(luminance(colours.page)).toBeGreaterThan(240);
    await expect(page.locator(".print-only")).toHaveText(/Read online: http:\/\/127\.0\.0\.1:\d+\/log\/what-looks/);
    expect(
      await page
        .locator(".principle")
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe("avoid");
  });

  test("on paper an external link prints its address, on screen it does not", async ({ page }) => {
    const printedAfter = () =>
      page
        .locator(".post-body a.external")
        .first()
        .evaluate((el) => getComputedStyle(el, "::after").content);
    await page.goto(PART_TWO); // its body links to systemd's manual
    const href = await page.locator(".post-body a.external").first().getAttribute("href");
    expect(href).toMatch(/^https:\/\/www\.freedesktop\.org\//);
    expect(await printedAfter()).toBe("none");
    await page.emulateMedia({ media: "print" });
    // Chromium hands back attr(href) already resolved: the address, in brackets, after the link text.
    expect(await printedAfter()).toBe(`" (${href})"`);
  });
});
