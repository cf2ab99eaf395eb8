import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { passwordGiven } from "@/features/readership/basic-auth";
import { periodStart } from "@/features/readership/report";
import { renderCsv } from "@/features/readership/render-csv";
import { renderText } from "@/features/readership/render-text";
import type { Report } from "@/features/readership/report";
import { countedPath, notCounted, sourceOf } from "@/features/readership/rules";
import { dayOf, visitorHash } from "@/features/readership/visitor";
import { VIEW_BEACON_PATH } from "@/lib/site";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

describe("who is not counted", () => {
  const asked = (headers: Record<string, string>) => notCounted(new Headers({ "user-agent": FIREFOX, ...headers }));

  it("a reader's browser is counted; Do Not Track and Global Privacy Control are honoured", () => {
    expect(asked({})).toBeUndefined();
    expect(notCounted(new Headers({ "user-agent": CHROME }))).toBeUndefined();
    expect(asked({ dnt: "1" })).toBe("do-not-track");
    expect(asked({ "sec-gpc": "1" })).toBe("global-privacy-control");
    expect(asked({ dnt: "0" })).toBeUndefined();
  });

  it("crawlers, previewers, headless and audited browsers, scripts and no user agent at all are not", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 Chrome/156.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "curl/8.5.0",
      "python-requests/2.32.3",
      "node-fetch",
      "",
    ]) {
      expect(notCounted(new Headers({ "user-agent": agent })), agent).toBe("automated");
    }
  });
});

describe("what a view is counted under", () => {
  it("a path without query, fragment or trailing slash; nothing that is not a path", () => {
    expect(countedPath("/log/first-post/")).toBe("/log/first-post");
    expect(countedPath("/log/first-post?utm_source=x#top")).toBe("/log/first-post");
    expect(countedPath("/")).toBe("/");
    for (const bad of ["log/x", "https://elsewhere.example/", 42, undefined, `/${"x".repeat(300)}`]) {
      expect(countedPath(bad)).toBeUndefined();
    }
  });

  it("utm_source first, then the referring host without www, else direct; this site is direct", () => {
    const site = "log.example.com";
    expect(sourceOf("https://www.google.com/", "Newsletter", site)).toBe("newsletter");
    expect(sourceOf("https://www.google.com/search?q=x", null, site)).toBe("google.com");
    expect(sourceOf("https://news.ycombinator.com/item?id=1", "", site)).toBe("news.ycombinator.com");
    expect(sourceOf("", null, site)).toBe("direct");
    expect(sourceOf("https://log.example.com/tags/ops", null, site)).toBe("direct");
    expect(sourceOf("not a url", null, site)).toBe("direct");
    expect(sourceOf("", "<script>alert(1)</script>", site)).toBe("direct");
    expect(sourceOf("", "x".repeat(41), site)).toBe("direct");
  });

  it("a visitor is a hash that changes with the salt and names no address", () => {
    const one = visitorHash("salt-a", "198.51.100.7", FIREFOX);
    expect(one).toHaveLength(22);
    expect(one).not.toContain("198.51");
    expect(visitorHash("salt-a", "198.51.100.7", FIREFOX)).toBe(one);
    expect(visitorHash("salt-b", "198.51.100.7", FIREFOX)).not.toBe(one);
    expect(visitorHash("salt-a", "198.51.100.8", FIREFOX)).not.toBe(one);
  });

  it("days are the site's calendar days", () => {
    const late = new Date("2026-11-10T23:30:00Z");
    expect(dayOf(late, "UTC")).toBe("2026-11-10");
    expect(dayOf(late, "Europe/Paris")).toBe("2026-11-11");
    expect(dayOf(late, "America/New_York")).toBe("2026-11-10");
  });
});

describe("the beacon", () => {
  const script = readFileSync("public/enhance/count.js", "utf8");

  it("adds at most 0.5 KB gzip to a page, and posts to the endpoint the server answers on", () => {
    const bytes = gzipSync(script, { level: 9 }).byteLength;
    console.log(`count.js: ${script.length} B, ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(512);
    expect(script).toContain(`sendBeacon(\n      "${VIEW_BEACON_PATH}"`);
  });

  it("stays silent under automation, Do Not Track and Global Privacy Control, and sets nothing", () => {
    expect(script).toMatch(/nav\.webdriver \|\| nav\.doNotTrack === "1" \|\| nav\.globalPrivacyControl\) return/);
    expect(script).not.toMatch(/document\.cookie|localStorage|sessionStorage|indexedDB/);
  });
});

describe("the report", () => {
  it("a period is a number of days with today, or a first day not in the future", () => {
    expect(periodStart("30d", "2026-12-01")).toBe("2026-11-02");
    expect(periodStart("1d", "2026-12-01")).toBe("2026-12-01");
    expect(periodStart("2026-11-15", "2026-12-01")).toBe("2026-11-15");
    for (const bad of ["0d", "2026-12-02", "last month", "30"]) expect(periodStart(bad, "2026-12-01")).toBeUndefined();
  });

  const report: Report = {
    from: "2026-11-01",
    to: "2026-11-30",
    pages: [
      {
        path: "/log/a",
        title: "=A post",
        views: 2000,
        visitors: 1500,
        enquiries: 3,
        subscriptions: 4,
        enquiriesPerThousandViews: 1.5,
      },
      {
        path: "/scaffold",
        title: null,
        views: 0,
        visitors: 0,
        enquiries: 0,
        subscriptions: 0,
        enquiriesPerThousandViews: null,
      },
    ],
    sources: [{ source: "newsletter", views: 1200 }],
    daily: [],
    totals: { views: 2000, visitors: 1500, enquiries: 3, subscriptions: 4, enquiriesPerThousandViews: 1.5, refused: 0 },
  };

  it("as text: pages by views with their rates, the top sources, the totals", () => {
    const text = renderText(report);
    expect(text).toMatch(/\/log\/a \(=A post\)\s+2000\s+1500\s+3\s+4\s+1\.5/);
    expect(text).toMatch(/\/scaffold\s+0\s+0\s+0\s+0\s+–/);
    expect(text).toMatch(/newsletter\s+1200/);
    expect(text).toContain(
      "total: 2000 views, 1500 visitors, 3 enquiries, 4 subscriptions, 1.5 enquiries per 1,000 views",
    );
  });

  it("as CSV: one quoted row per page, a formula made text", () => {
    const lines = renderCsv(report).trim().split("\n");
    expect(lines[0]).toContain('"path","title","views"');
    expect(lines[1]).toBe('"2026-11-01","2026-11-30","/log/a","\'=A post","2000","1500","3","4","1.5"');
    expect(lines[2]).toContain('"/scaffold","","0"');
  });
});

describe("/stats password", () => {
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;
  it("any user name with the password; nothing else", () => {
    expect(passwordGiven(basic("operator:correct horse battery"), "correct horse battery")).toBe(true);
    expect(passwordGiven(basic(":correct horse battery"), "correct horse battery")).toBe(true);
    expect(passwordGiven(basic("operator:wrong"), "correct horse battery")).toBe(false);
    expect(passwordGiven(basic("correct horse battery"), "correct horse battery")).toBe(false);
    expect(passwordGiven("Bearer correct horse battery", "correct horse battery")).toBe(false);
    expect(passwordGiven(undefined, "correct horse battery")).toBe(false);
  });
});
