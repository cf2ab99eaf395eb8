// npm run bench:build -- --posts 100[,1000]
// Builds the production site with N synthetic posts (≈800 words, headings, code, comparison) and prints
// total seconds, seconds per post and peak RSS of the whole build process tree.
import { rm } from "node:fs/promises";
import { mb, parseArgs, runMeasured, writeSyntheticContent } from "./lib.mjs";

const { posts } = parseArgs(process.argv.slice(2), { posts: "100" });
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
if (rows.length > 1) {
  const [a, b] = [rows[0], rows[rows.length - 1]];
  const ratio = b.seconds / b.count / (a.seconds / a.count);
  console.log(`\nper-post cost at ${b.count} vs ${a.count} posts: ${ratio.toFixed(2)}× (≤ 1 means it does not grow with N)`);
}
