// npm run bench:weight [-- --posts 1,1000 --runs 3]
// Builds the site (the real content, then with N synthetic posts), serves it on 127.0.0.1, and prints for the
// launch post, "/" and a tag page: HTML, CSS and JS bytes (raw and gzip), requests, and Lighthouse 12 mobile
// (median of --runs). Then the stylesheet question: the same post with its CSS inlined instead of linked.
// Targets: Lighthouse 100/100/100/100, LCP < 1.2 s, TBT < 50 ms, CLS 0; launch post < 50 KB transferred;
// list pages' HTML flat in the number of posts. The figures post (six images: bench/lib.ts writeFiguresPost):
// Performance 100, CLS 0, LCP < 1.5 s, ≤ 150 KB on load, and a 390-px 2× phone scrolling through it fetches
// ≤ 15 % of the originals' bytes.
import { createServer, type Server } from "node:http";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tooling/chromium";
import { stopNextServer } from "@/tooling/next-server";
import { FIGURES_POST, serveSyntheticSite, writeFiguresPost } from "./lib";
import { lighthouseMedian, type LighthouseResult } from "./lighthouse";

const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";
const TAG = "/tags/infrastructure";
const FIGURES = `/log/${FIGURES_POST}`;
const PORT = 3401;
const BASE = `http://127.0.0.1:${PORT}`;

const { values } = parseArgs({
  options: { posts: { type: "string", default: "1,1000" }, runs: { type: "string", default: "3" } },
});
const runs = Number(values.runs);

type Bytes = { raw: number; gzip: number };
const size = (body: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(body),
  gzip: gzipSync(body, { level: 9 }).byteLength,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pair = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;

async function weigh(base: string, pathname: string) {
  const html = await (await fetch(base + pathname)).text();
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const hrefs = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let js: Bytes = { raw: 0, gzip: 0 };
  for (const src of new Set(srcs))
    js = add(js, size(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())));
  let css: Bytes = { raw: 0, gzip: 0 };
  for (const href of new Set(hrefs)) css = add(css, size(await (await fetch(new URL(href, base))).text()));
  return { html: size(html), css, js, htmlText: html, cssHref: hrefs[0] };
}

type Row = { posts: string; page: string; weight: Awaited<ReturnType<typeof weigh>>; lh: LighthouseResult };

function printTable(rows: Row[]) {
  console.log(
    "\n| posts | page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | requests | transferred | Lighthouse P / A / BP / SEO | LCP | TBT | CLS |",
  );
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
  for (const { posts, page, weight: w, lh } of rows) {
    console.log(
      `| ${posts} | ${page} | ${pair(w.html)} | ${pair(w.css)} | ${pair(w.js)} | ${lh.requests} | ${kb(lh.transferBytes)} | ` +
        `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo} | ${(lh.lcpMs / 1000).toFixed(2)} s | ` +
        `${Math.round(lh.tbtMs)} ms | ${lh.cls.toFixed(3)} |`,
    );
  }
}

/** What a 390-px-wide phone at 2× fetches of the figures when its reader scrolls to the end of the post. */
async function figureBytesOnPhone(url: string): Promise<{ bytes: number; files: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const fetched = new Map<string, number>();
    page.on("response", async (response) => {
      if (new URL(response.url()).pathname.startsWith("/figures/")) {
        fetched.set(new URL(response.url()).pathname, (await response.body()).byteLength);
      }
    });
    await page.goto(url, { waitUntil: "load" });
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    await page.waitForLoadState("networkidle");
    return { bytes: [...fetched.values()].reduce((a, b) => a + b, 0), files: [...fetched.keys()] };
  } finally {
    await browser.close();
  }
}

/** A one-page server for the inlined-CSS variant, gzip-compressed as `next start` compresses the real page. */
function serveStatic(html: string, port: number): Promise<Server> {
  const body = gzipSync(html);
  const server = createServer((req, res) => {
    if (req.url !== "/") return void res.writeHead(404).end();
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Encoding": "gzip",
      Vary: "Accept-Encoding",
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const rows: Row[] = [];
let originals = 0;
let phone: Awaited<ReturnType<typeof figureBytesOnPhone>> | undefined;
const cssVariants: { variant: string; lh: LighthouseResult; html: Bytes }[] = [];

for (const count of values.posts.split(",").map(Number)) {
  // "1" is the real content (the launch post alone); more adds synthetic posts around it.
  const server = await serveSyntheticSite("bench-weight", count, PORT, async (dir) => {
    originals = await writeFiguresPost(dir);
  });
  try {
    for (const page of [LAUNCH, FIGURES, "/", TAG]) {
      console.log(`bench:weight: ${count} post(s): ${page}: weighing, Lighthouse × ${runs} …`);
      rows.push({
        posts: String(count),
        page,
        weight: await weigh(BASE, page),
        lh: await lighthouseMedian(BASE + page, runs),
      });
    }
    if (count === 1) {
      console.log(`bench:weight: the figures post on a 390-px 2× phone, scrolled to the end …`);
      phone = await figureBytesOnPhone(BASE + FIGURES);
      const post = rows.find((r) => r.page === LAUNCH && r.posts === "1")!;
      const css = await (await fetch(new URL(post.weight.cssHref!, BASE))).text();
      const inlined = post.weight.htmlText
        .replace(/<link rel="preload"[^>]*as="style"[^>]*\/>/, "")
        .replace(/<link rel="stylesheet"[^>]*\/>/, `<style>${css}</style>`);
      const staticServer = await serveStatic(inlined, PORT + 1);
      console.log(`bench:weight: the launch post with its CSS inlined: Lighthouse × ${runs} …`);
      cssVariants.push({ variant: "stylesheet file (immutable)", lh: post.lh, html: post.weight.html });
      cssVariants.push({
        variant: "CSS inlined in the page",
        lh: await lighthouseMedian(`http://127.0.0.1:${PORT + 1}/`, runs),
        html: size(inlined),
      });
      staticServer.close();
    }
  } finally {
    await stopNextServer(server);
  }
}

printTable(rows);
console.log(
  "\nStylesheet, launch post (1 post): first view; a file is cached for a year for every later page, inlined CSS is sent again with each.",
);
console.log(
  "| variant | HTML gzip | transferred | requests | Performance | LCP |\n| --- | ---: | ---: | ---: | ---: | ---: |",
);
for (const v of cssVariants) {
  console.log(
    `| ${v.variant} | ${kb(v.html.gzip)} | ${kb(v.lh.transferBytes)} | ${v.lh.requests} | ${v.lh.performance} | ${(v.lh.lcpMs / 1000).toFixed(2)} s |`,
  );
}
// A list page holds at most ten posts: from 1 post to 10 its HTML grows with what it lists, then it must stay put.
const listed = (row: Row) => (row.weight.htmlText.match(/<article[\s>]/g) ?? []).length;
const listGrowth = ["/", TAG].map((page) => {
  const [few, many] = [
    rows.find((r) => r.page === page && r.posts === "1"),
    rows.filter((r) => r.page === page).at(-1),
  ];
  if (!few || !many || few === many) return "";
  return `${page}: ${kb(few.weight.html.raw)} listing ${listed(few)} → ${kb(many.weight.html.raw)} listing ${listed(many)}`;
});
console.log(`\nList pages' HTML, 1 post → ${rows.at(-1)?.posts} posts: ${listGrowth.filter(Boolean).join("; ")}`);
const launch = rows.find((r) => r.page === LAUNCH && r.posts === "1");
if (launch) console.log(`Launch post transferred: ${kb(launch.lh.transferBytes)} (target < 50 KB)`);
const figures = rows.find((r) => r.page === FIGURES && r.posts === "1");
if (figures) {
  console.log(
    `Figures post: Performance ${figures.lh.performance} (target 100), CLS ${figures.lh.cls.toFixed(3)} (target 0), ` +
      `LCP ${(figures.lh.lcpMs / 1000).toFixed(2)} s (target < 1.5 s), ${kb(figures.lh.transferBytes)} on load (target ≤ 150 KB)`,
  );
}
if (phone) {
  console.log(
    `Figures post on a 390-px 2× phone, scrolled through: ${kb(phone.bytes)} in ${phone.files.length} files against ` +
      `${kb(originals)} of originals: ${((phone.bytes / originals) * 100).toFixed(1)} % (target ≤ 15 %)`,
  );
  for (const file of phone.files) console.log(`  ${file}`);
}
