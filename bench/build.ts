// npm run bench:build [-- --posts 100,1000,3000]
// For each size: a cold build (no build folder, no caches), a warm build of the same content, and a warm build
// after adding one post and editing another post's comparison. Prints seconds, seconds per post, share cards
// drawn vs reused, and the peak RSS of the whole build's process tree. Then one card drawn alone, timed.
import { readFile, rm, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { renderCardPng } from "@/features/share-image/render";
import { buildSite, BUILD_ROOT } from "@/tooling/build-site";
import { mb } from "@/tooling/process-tree";
import { syntheticPost, writeSyntheticContent } from "./lib";

const { values } = parseArgs({ options: { posts: { type: "string", default: "100,1000,3000" } } });
const counts = values.posts.split(",").map(Number);

type Row = {
  posts: number;
  run: string;
  seconds: number;
  peakRssBytes: number;
  drawn: number;
  reused: number;
  content: number;
};
const rows: Row[] = [];

async function measure(posts: number, run: string, contentDir: string, cold: boolean) {
  if (cold) await rm(".content-collections/cache", { recursive: true, force: true });
  console.log(`bench:build: ${posts} posts, ${run} …`);
  const result = await buildSite({ name: `bench-${posts}`, contentDir, cold });
  const cards = /share cards: (\d+) from the cache, (\d+) to draw/.exec(result.output);
  const content = Number(/content: built in ([\d.]+) s/.exec(result.output)?.[1] ?? NaN);
  const row = {
    posts,
    run,
    seconds: result.seconds,
    peakRssBytes: result.peakRssBytes,
    reused: Number(cards?.[1] ?? NaN),
    drawn: Number(cards?.[2] ?? NaN),
    content,
  };
  rows.push(row);
  console.log(
    `bench:build: ${posts} posts, ${run}: ${row.seconds.toFixed(1)} s, cards drawn ${row.drawn}, reused ${row.reused}, ` +
      `peak RSS ${mb(row.peakRssBytes)}`,
  );
}

for (const posts of counts) {
  const contentDir = `${BUILD_ROOT}/bench-content-${posts}`;
  console.log(`bench:build: writing ${posts} synthetic posts to ${contentDir}/`);
  await writeSyntheticContent(contentDir, posts);
  await measure(posts, "cold", contentDir, true);
  await measure(posts, "warm, same content", contentDir, false);
  // One new post, and one existing post whose comparison changed: exactly two cards to draw.
  await writeFile(`${contentDir}/posts/synthetic/synthetic-post-${posts + 1}.mdx`, syntheticPost(posts + 1));
  const edited = `${contentDir}/posts/synthetic/synthetic-post-1.mdx`;
  await writeFile(
    edited,
    (await readFile(edited, "utf8")).replace('surface: "Sandbox 1"', 'surface: "Sandbox 1, edited"'),
  );
  await measure(posts, "warm, +1 post, 1 comparison edited", contentDir, false);
}

console.log("\n| posts | build | total | per post | content build | cards drawn / reused | peak RSS |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.posts} | ${r.run} | ${r.seconds.toFixed(1)} s | ${((r.seconds / r.posts) * 1000).toFixed(0)} ms | ` +
      `${r.content.toFixed(1)} s | ${r.drawn} / ${r.reused} | ${mb(r.peakRssBytes)} |`,
  );
}
const cold = rows.filter((r) => r.run === "cold");
for (const [a, b] of cold.slice(1).map((r, i) => [cold[i]!, r] as const)) {
  const ratio = b.seconds / b.posts / (a.seconds / a.posts);
  console.log(`cold per-post cost at ${b.posts} vs ${a.posts} posts: ${ratio.toFixed(2)}× (≤ 1: does not grow with N)`);
}

// One card drawn alone, in this process (fonts and WASM warmed up first): the latency an edit pays.
const input = {
  kicker: "Operator's Log",
  byline: "Alan Law",
  title: "Synthetic post: what looked correct on the sandbox and what actually held in production",
  rows: [0, 1, 2].map((r) => ({
    surface: `Surface ${r + 1}`,
    looksCorrect: "The rebuild is green on sandbox, so live will be green on its first promotion as well.",
    actuallyWorks: "Live runs as a non-root user; move the repository to the runner's canonical layout.",
  })),
};
await renderCardPng(input);
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const started = performance.now();
  await renderCardPng({ ...input, title: `${input.title} ${i}` });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`\none card drawn alone: median ${times[10]!.toFixed(0)} ms over 21 (target < 150 ms)`);
