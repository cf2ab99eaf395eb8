// npm run bench:build -- --posts 100[,1000]
// Builds the production site with N synthetic posts (≈800 words, headings, code, comparison) and prints
// total seconds, seconds per post and peak RSS of the whole build process tree.
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildSite, BUILD_ROOT } from "@/tooling/build-site";
import { mb } from "@/tooling/process-tree";
import { writeSyntheticContent } from "./lib";
import { timeOgImages } from "./og";

const { values } = parseArgs({ options: { posts: { type: "string", default: "100" }, og: { type: "string" } } });
const counts = values.posts.split(",").map(Number);
type Row = { count: number; seconds: number; peakRssBytes: number; contentSeconds: number };
const rows: Row[] = [];

for (const count of counts) {
  const contentDir = `${BUILD_ROOT}/bench-content-${count}`;
  console.log(`bench:build: writing ${count} synthetic posts to ${contentDir}/`);
  await writeSyntheticContent(contentDir, count);
  await rm(".content-collections/cache", { recursive: true, force: true }); // measure a cold content build
  const result = await buildSite({ name: `bench-${count}`, contentDir });
  const contentSeconds = Number(/content: built in ([\d.]+) s/.exec(result.output)?.[1] ?? NaN);
  rows.push({ count, seconds: result.seconds, peakRssBytes: result.peakRssBytes, contentSeconds });
  console.log(
    `bench:build: ${count} posts: ${result.seconds.toFixed(1)} s total, ${((result.seconds / count) * 1000).toFixed(0)} ms/post, ` +
      `content ${contentSeconds.toFixed(1)} s, peak RSS ${mb(result.peakRssBytes)}`,
  );
}

console.log("\n| posts | total s | ms per post | content build s | peak RSS |\n| ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const perPost = ((r.seconds / r.count) * 1000).toFixed(0);
  console.log(
    `| ${r.count} | ${r.seconds.toFixed(1)} | ${perPost} | ${r.contentSeconds.toFixed(1)} | ${mb(r.peakRssBytes)} |`,
  );
}
// Share images, timed apart from the build: the same element and options, one after another on one core.
const ogCount = Number(values.og || Math.min(Math.max(...counts), 300));
console.log(`\nbench:build: timing the share-image function over ${ogCount} posts …`);
const ogResult = await timeOgImages(ogCount);
console.log(
  `share images: ${ogResult.msPerImage.toFixed(1)} ms per image over ${ogResult.count} at 4 in flight (target < 150 ms); ` +
    `${ogResult.latencyMs.toFixed(1)} ms for one alone; ${(ogResult.meanBytes / 1024).toFixed(0)} KB each`,
);

const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && rows.length > 1) {
  const ratio = last.seconds / last.count / (first.seconds / first.count);
  const marginal = (last.seconds - first.seconds) / (last.count - first.count);
  console.log(
    `\nper-post cost at ${last.count} vs ${first.count} posts: ${ratio.toFixed(2)}× (≤ 1 means it does not grow with N)`,
  );
  console.log(`marginal cost per extra post: ${(marginal * 1000).toFixed(0)} ms`);
}
