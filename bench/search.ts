// npm run bench:search [-- --posts 1000 --runs 30]
// Builds the site with N synthetic posts, serves it on 127.0.0.1 and prints, per query: the server's answer
// time for /api/search (what each keystroke asks) and for the no-JavaScript /search page (median and p95 of
// --runs), the bytes a query fetches, and the time from a keystroke to the updated list in Chromium.
// Targets (issue 10): < 100 ms from keystroke to results at 1000 posts; < 150 KB fetched per query.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/tooling/chromium";
import { stopNextServer } from "@/tooling/next-server";
import { serveSyntheticSite } from "./lib";

const PORT = 3402;
const BASE = `http://127.0.0.1:${PORT}`;
const { values } = parseArgs({
  options: { posts: { type: "string", default: "1000" }, runs: { type: "string", default: "30" } },
});
const count = Number(values.posts);
const runs = Number(values.runs);
const QUERIES = ["sandbox", "post 512", "runner canonical", "Déploiement", "運用", "qwertyuiop", "the ".repeat(60)];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function timeRequests(url: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), bytes };
}

/** Keystroke to updated list, in Chromium: type the query's last character and wait for the status to change. */
async function timeKeystrokes(query: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.goto(`${BASE}/search`);
    await page.locator("#search-q").fill(query.slice(0, -1));
    await page.locator("#search-q").dispatchEvent("input");
    // The script writes the query into the address once it has shown an answer (a long query's status
    // shows it cut, so the status text cannot tell).
    await page.waitForFunction(() => location.search.startsWith("?q="));
    const elapsed = await page.evaluate(
      (last) =>
        new Promise<number>((resolve) => {
          const status = document.getElementById("search-status")!;
          const started = performance.now();
          new MutationObserver(() => resolve(performance.now() - started)).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
          const input = document.getElementById("search-q") as HTMLInputElement;
          input.value += last;
          input.dispatchEvent(new Event("input"));
        }),
      query.slice(-1),
    );
    times.push(elapsed);
  }
  await browser.close();
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

const server = await serveSyntheticSite("bench-search", count, PORT);
try {
  await fetch(`${BASE}/api/search?q=warm`); // the first search reads the index from disk
  console.log(`\nsearch at ${count} posts (${runs} runs each; times in ms on loopback)\n`);
  console.log(
    "| query | hits | /api/search median / p95 | answer bytes | /search page median / p95 | keystroke → list |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const query of QUERIES) {
    const q = encodeURIComponent(query);
    const { total } = (await (await fetch(`${BASE}/api/search?q=${q}`)).json()) as { total: number };
    const api = await timeRequests(`${BASE}/api/search?q=${q}`);
    const page = await timeRequests(`${BASE}/search?q=${q}`);
    const keystroke = await timeKeystrokes(query);
    const label = query.length > 24 ? `${query.slice(0, 20).trim()}… (${query.length} chars)` : query;
    console.log(
      `| ${label} | ${total} | ${api.median.toFixed(1)} / ${api.p95.toFixed(1)} | ${(api.bytes / 1024).toFixed(1)} KB | ` +
        `${page.median.toFixed(1)} / ${page.p95.toFixed(1)} | ${keystroke.toFixed(0)} ms |`,
    );
  }
} finally {
  await stopNextServer(server);
}
