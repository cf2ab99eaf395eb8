// npm run bench:build -- --posts 100[,1000]
// Builds the production site with N synthetic posts (≈800 words, headings, code, comparison) and prints
// total seconds, seconds per post and peak RSS of the whole build process tree.
import { rm } from "node:fs/promises";
import { mb, parseArgs, runMeasured, writeSyntheticContent } from "./lib.mjs";
import { timeOgImages } from "./og.mjs";

const { posts, og } = parseArgs(process.argv.slice(2), { posts: "100", og: "" });
const counts = posts.split(",").map(Number);
const rows = [];

for (const count of counts) {
  const contentDir = `.bench/content-${count}`;
  console.log(`bench:build: writing ${count} synthetic posts to ${contentDir}/`);
  await writeSyntheticContent(contentDir, count);
  await rm(".content-collections/cache", { recursive: true, force: true }); // measure a cold content build
  await rm(".bench/next", { recursive: true, force: true });
  console.log(`bench:build: next build with ${count} posts …`);
  let lastPhase = "";
  const result = await runMeasured("npx", ["next", "build"], {
    env: { CONTENT_DIR: contentDir, NEXT_DIST_DIR: ".bench/next", NEXT_TELEMETRY_DISABLED: "1" },
    log: (line) => {
      const phase = /content: built|Compiled|Finished TypeScript|Collecting page data|Generating static pages.*\)\s*in|Finalizing/.exec(line);
      if (phase && line !== lastPhase) console.log(`  ${line.trim()}`);
      lastPhase = line;
    },
  });
  const contentSeconds = Number(/content: built in ([\d.]+) s/.exec(result.output)?.[1] ?? NaN);
  rows.push({ count, ...result, contentSeconds });
  console.log(
    `bench:build: ${count} posts: ${result.seconds.toFixed(1)} s total, ${((result.seconds / count) * 1000).toFixed(0)} ms/post, ` +
      `content ${contentSeconds.toFixed(1)} s, peak RSS ${mb(result.peakRssBytes)}`,
  );
}

console.log("\n| posts | total s | ms per post | content build s | peak RSS |\n| ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.count} | ${r.seconds.toFixed(1)} | ${((r.seconds / r.count) * 1000).toFixed(0)} | ${r.contentSeconds.toFixed(1)} | ${mb(r.peakRssBytes)} |`);
}
// Share images, timed apart from the build: the same element and options, one after another on one core.
const ogCount = Number(og || Math.min(Math.max(...counts), 300));
console.log(`\nbench:build: timing the share-image function over ${ogCount} posts …`);
const ogResult = await timeOgImages(ogCount);
console.log(
  `share images: ${ogResult.msPerImage.toFixed(1)} ms per image over ${ogResult.count} at 4 in flight (target < 150 ms); ` +
    `${ogResult.latencyMs.toFixed(1)} ms for one alone; ${(ogResult.meanBytes / 1024).toFixed(0)} KB each`,
);

if (rows.length > 1) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const ratio = b.seconds / b.count / (a.seconds / a.count);
  const marginal = (b.seconds - a.seconds) / (b.count - a.count);
  console.log(`\nper-post cost at ${b.count} vs ${a.count} posts: ${ratio.toFixed(2)}× (≤ 1 means it does not grow with N)`);
  console.log(`marginal cost per extra post: ${(marginal * 1000).toFixed(0)} ms`);
}
