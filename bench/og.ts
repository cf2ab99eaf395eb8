// Times the share-image function alone over N synthetic posts: ms per image (target < 150 ms).
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { renderCardPng } from "@/features/share-image/render";

const renderOgPng = async (input: Parameters<typeof renderCardPng>[0]) => (await renderCardPng(input)).byteLength;

export async function timeOgImages(count: number) {
  const input = (i: number) => ({
    kicker: "Operator's Log",
    byline: "Alan Law",
    title: `Synthetic post ${i}: what looked correct on the sandbox and what actually held in production`,
    summary: "A summary long enough to wrap onto a second line of the card.",
    rows: [0, 1, 2].map((r) => ({
      surface: `Surface ${r + 1} of post ${i}`,
      looksCorrect: `The rebuild is green on sandbox ${i}, so live will be green on its first promotion as well.`,
      actuallyWorks: `Live runs as a non-root user; move the repository to the runner's canonical layout (${i}).`,
    })),
  });
  await renderOgPng(input(0)); // warm-up: font parsing and WASM start-up happen once per process
  // One at a time: the latency of one card.
  const sequentialCount = Math.min(count, 50);
  let started = performance.now();
  let bytes = 0;
  for (let i = 1; i <= sequentialCount; i++) bytes += await renderOgPng(input(i));
  const latencyMs = (performance.now() - started) / sequentialCount;
  // Four in flight, as a build renders them: the rasteriser (sharp/libvips) works off the main thread,
  // so this is the cost per image that a build of N posts pays.
  started = performance.now();
  let next = 1;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next <= count) {
        const i = next++;
        await renderOgPng(input(i));
        if (i % 100 === 0) console.log(`  og: ${i}/${count} images`);
      }
    }),
  );
  const msPerImage = (performance.now() - started) / count;
  return { count, msPerImage, latencyMs, meanBytes: bytes / sequentialCount };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { posts: { type: "string", default: "100" } } });
  const r = await timeOgImages(Number(values.posts));
  console.log(
    `bench:og: ${r.count} images: ${r.msPerImage.toFixed(1)} ms per image at 4 in flight; ${r.latencyMs.toFixed(1)} ms for one alone; ${(r.meanBytes / 1024).toFixed(0)} KB each`,
  );
}
