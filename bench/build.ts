// npm run bench:build [-- --posts 100,1000,3000 --images 100]
// For each size: a cold build (no build folder, no caches), a warm build of the same content, and a warm build
// after adding one post and editing another post's comparison. Prints seconds, seconds per post, share cards
// drawn vs reused, and the peak RSS of the whole build's process tree. Then the images case: --images posts with
// three generated images each (two photographs and a screenshot), cold, warm, and warm with one post of one
// image added: images converted (target: all, 0, exactly 1), seconds per image, peak RSS (target < 2 GB).
// Then one card drawn alone, timed. --posts "" or --images 0 leaves a part out.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { renderCardPng } from "@/features/share-image/render";
import { buildSite, BUILD_ROOT } from "@/tooling/build-site";
import { samplePhotograph, sampleScreenshot, variantOf } from "@/tooling/figure-samples";
import { mb } from "@/tooling/process-tree";
import { syntheticPost, writeSyntheticContent } from "./lib";

const { values } = parseArgs({
  options: { posts: { type: "string", default: "100,1000,3000" }, images: { type: "string", default: "100" } },
});
const counts = values.posts.split(",").filter(Boolean).map(Number);
const imagePosts = Number(values.images);

type Row = {
  posts: number;
  run: string;
  seconds: number;
  peakRssBytes: number;
  drawn: number;
  reused: number;
  content: number;
  imagesConverted: number;
  renditionsConverted: number;
  figureSeconds: number;
};
const rows: Row[] = [];

/** What the build's "figures:" lines say, over both steps (the caches before the compile, the artefacts after). */
function figuresOf(output: string) {
  const lines = [
    ...output.matchAll(
      /figures: \d+ images, \d+ renditions: (\d+) images converted \((\d+) renditions\).* in ([\d.]+) s/g,
    ),
  ];
  const sum = (i: number) => lines.reduce((n, m) => n + Number(m[i]), 0);
  return { imagesConverted: sum(1), renditionsConverted: sum(2), figureSeconds: sum(3) };
}

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
    ...figuresOf(result.output),
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

/** A post with its images beside it: content/posts/synthetic/images-<i>/index.mdx. */
async function writeImagePost(contentDir: string, i: number, images: [string, Buffer][]) {
  const dir = `${contentDir}/posts/synthetic/images-${i}`;
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of images) await writeFile(`${dir}/${name}`, bytes);
  const body = images.map(
    ([name], k) => `![Image ${k + 1} of post ${i}](./${name})\n\n${"Words between figures. ".repeat(40)}`,
  );
  await writeFile(`${dir}/index.mdx`, syntheticPost(i).replace(/\n---\n/, `\n---\n\n${body.join("\n\n")}\n`));
}

if (imagePosts > 0) {
  const contentDir = `${BUILD_ROOT}/bench-content-images-${imagePosts}`;
  console.log(`bench:build: writing ${imagePosts} posts with 3 images each to ${contentDir}/ …`);
  await writeSyntheticContent(contentDir, 0);
  const bases = {
    photo: await samplePhotograph(2400, 1600, 21),
    screen: await sampleScreenshot(1600, 1000, 22),
    small: await samplePhotograph(1200, 800, 23),
  };
  for (let i = 1; i <= imagePosts; i++) {
    await writeImagePost(contentDir, i, [
      ["photo.jpg", await variantOf(bases.photo, i)],
      ["screen.png", await variantOf(bases.screen, i)],
      ["detail.jpg", await variantOf(bases.small, i)],
    ]);
    if (i % 25 === 0) console.log(`bench:build: ${i}/${imagePosts} image posts written`);
  }
  const posts = imagePosts;
  await measure(posts, "images: cold", contentDir, true);
  await measure(posts, "images: warm, same content", contentDir, false);
  await writeImagePost(contentDir, posts + 1, [["photo.jpg", await variantOf(bases.photo, posts + 1)]]);
  await measure(posts, "images: warm, +1 post with 1 image", contentDir, false);
}

console.log("\n| posts | build | total | per post | content build | cards drawn / reused | peak RSS |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.posts} | ${r.run} | ${r.seconds.toFixed(1)} s | ${((r.seconds / r.posts) * 1000).toFixed(0)} ms | ` +
      `${r.content.toFixed(1)} s | ${r.drawn} / ${r.reused} | ${mb(r.peakRssBytes)} |`,
  );
}
const imageRows = rows.filter((r) => r.run.startsWith("images"));
if (imageRows.length > 0) {
  const images = imagePosts * 3;
  console.log(`\nImages case: ${imagePosts} posts with 3 images each (${images} images)`);
  console.log("| build | total | images converted | renditions converted | conversion | per image | peak RSS |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of imageRows) {
    const perImage = r.imagesConverted > 0 ? `${(r.figureSeconds / r.imagesConverted).toFixed(2)} s` : "–";
    console.log(
      `| ${r.run.slice(8)} | ${r.seconds.toFixed(1)} s | ${r.imagesConverted} | ${r.renditionsConverted} | ` +
        `${r.figureSeconds.toFixed(1)} s | ${perImage} | ${mb(r.peakRssBytes)} |`,
    );
  }
  const [cold, warm, added] = imageRows;
  console.log(
    `cold: ${cold!.seconds.toFixed(1)} s, ${(cold!.seconds / images).toFixed(2)} s per image over the whole build; ` +
      `warm converts ${warm!.imagesConverted} (target 0); +1 image converts ${added!.imagesConverted} image, ` +
      `${added!.renditionsConverted} renditions (target 1, 12); peak RSS ${mb(Math.max(...imageRows.map((r) => r.peakRssBytes)))} (target < 2 GB)`,
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
