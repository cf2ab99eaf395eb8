// Run by `next build` (next.config.mjs, compiler.runAfterProductionCompile): writes every artefact of the
// catalogue into <distDir>/artefacts/ with a manifest (manifest.ts), so the server only ever reads files. Share
// cards and figure renditions come from their caches when their key is unchanged and are made on every core when
// not. A card that cannot be drawn, or a figure that cannot be converted, fails the build.
import { copyFile, mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { getPosts } from "@/features/content/posts";
import { cacheName, fillFigureCache, type FigureRun } from "@/features/figures/figure-pool";
import { FileCache } from "@/lib/file-cache";
import { CardCache, cardKey, cardRendererVersion, isCompletePng } from "@/features/share-image/card-cache";
import { renderCards } from "@/features/share-image/card-pool";
import { postCardWarnings } from "@/features/share-image/cards";
import { artefactFile, listArtefacts, publishedFigures, type Artefact } from "./catalogue";
import { artefactKey, MANIFEST_FILE, type Manifest } from "./manifest";
import { currentSchedule, SCHEDULE_FILE } from "./schedule";

export type ArtefactRun = {
  artefacts: number;
  cardsRendered: number;
  cardsReused: number;
  cardsPruned: number;
  figures: FigureRun;
  seconds: number;
};

/** Where the build keeps what it made once: share cards and figure renditions, each in a folder of its own. */
export type CacheDirs = { cards: string; figures: string };

/** Writes one artefact (its bytes, or a copy of a cached file) and lists it in the manifest. */
async function writeFileOf(
  outDir: string,
  artefact: Artefact,
  body: string | Buffer | { copyOf: string; bytes: number },
  manifest: Manifest,
) {
  const file = artefactFile(artefact.path);
  await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
  if (typeof body === "object" && "copyOf" in body) await copyFile(body.copyOf, path.join(outDir, file));
  else await writeFile(path.join(outDir, file), body);
  manifest[artefactKey(artefact.path)] = {
    file,
    contentType: artefact.contentType,
    cacheControl: artefact.cacheControl,
    bytes: typeof body === "object" && "copyOf" in body ? body.bytes : Buffer.byteLength(body),
  };
}

/**
 * Every card the catalogue lists must be a whole PNG before anything is written: a post without its card would
 * be published with a broken og:image, so the build stops instead, naming the cards.
 */
export function assertEveryCard(
  keyed: readonly { artefact: Artefact; key: string }[],
  pngs: ReadonlyMap<string, Buffer>,
) {
  const missing = keyed.filter(({ key }) => {
    const png = pngs.get(key);
    return !png || !isCompletePng(png);
  });
  if (missing.length > 0) {
    const paths = missing
      .slice(0, 5)
      .map(({ artefact }) => artefact.path)
      .join(", ");
    throw new Error(`artefacts: ${missing.length} share card(s) missing or not a whole PNG: ${paths}`);
  }
}

/** Every card from the cache or, for keys it does not hold, drawn in parallel and added to it. */
async function cardsFor(artefacts: Artefact[], cache: CardCache, options: { prune: boolean }) {
  const version = await cardRendererVersion();
  const keyed = artefacts.map((artefact) => ({ artefact, key: cardKey(artefact.card!, version) }));
  const pngs = new Map<string, Buffer>();
  for (const { key } of keyed) {
    const cached = await cache.get(key);
    if (cached) pngs.set(key, cached);
  }
  const missing = [...new Map(keyed.filter(({ key }) => !pngs.has(key)).map((k) => [k.key, k])).values()];
  const reused = keyed.length - missing.length;
  console.log(`artefacts: ${keyed.length} share cards: ${reused} from the cache, ${missing.length} to draw`);
  const drawn = await renderCards(
    missing.map(({ artefact }) => artefact.card!),
    { onRendered: (done) => done % 100 === 0 && console.log(`artefacts: ${done}/${missing.length} cards drawn`) },
  ).catch((error: Error) => {
    throw new Error(`artefacts: a share card could not be drawn: ${error.message}`, { cause: error });
  });
  for (const [i, { key }] of missing.entries()) {
    const png = drawn[i];
    if (!png) continue; // reported by assertEveryCard below, with every other card that is missing
    pngs.set(key, png);
    await cache.put(key, png);
  }
  assertEveryCard(keyed, pngs);
  const pruned = options.prune ? await cache.prune(new Set(keyed.map(({ key }) => key))) : 0;
  return { keyed, pngs, rendered: missing.length, reused, pruned };
}

/** Every rendition of every published figure made into the cache, converting only what it lacks. */
async function figuresFor(cache: FileCache): Promise<FigureRun> {
  const started = performance.now();
  const figures = publishedFigures();
  const renditions = figures.reduce((n, f) => n + f.renditions.length, 0);
  const run = await fillFigureCache(figures, cache, { log: (line) => console.log(line) });
  console.log(
    `figures: ${run.images} images, ${renditions} renditions: ${run.converted} images converted ` +
      `(${run.renditionsConverted} renditions), ${run.reused} renditions from the cache, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return run;
}

export async function writeArtefacts(outDir: string, caches: CacheDirs): Promise<ArtefactRun> {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const artefacts = listArtefacts();
  const manifest: Manifest = {};
  for (const artefact of artefacts.filter((a) => !a.card && !a.figure))
    await writeFileOf(outDir, artefact, await artefact.render(), manifest);
  const cards = await cardsFor(
    artefacts.filter((a) => a.card),
    new CardCache(caches.cards),
    { prune: true },
  );
  for (const { artefact, key } of cards.keyed) await writeFileOf(outDir, artefact, cards.pngs.get(key)!, manifest);
  const figureCache = new FileCache(caches.figures);
  const figures = await figuresFor(figureCache);
  const figureArtefacts = artefacts.filter((a) => a.figure);
  for (const artefact of figureArtefacts) {
    const { rendition } = artefact.figure!;
    const cached = figureCache.file(cacheName(rendition.path));
    await writeFileOf(outDir, artefact, { copyOf: cached, bytes: (await stat(cached)).size }, manifest);
  }
  const figuresPruned = await figureCache.prune(new Set(figureArtefacts.map((a) => cacheName(a.path))));
  await writeFile(path.join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  const schedule = currentSchedule();
  await writeFile(path.join(outDir, SCHEDULE_FILE), `${JSON.stringify(schedule, null, 2)}\n`);
  console.log(`schedule: built at ${schedule.clock}; ${schedule.scheduled.length} post(s) scheduled`);
  for (const post of schedule.scheduled) console.log(`schedule: ${post.slug} ${post.publishedAt}`);
  if (schedule.nextDueAt) console.log(`schedule: next due ${schedule.nextDueAt}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `artefacts: ${artefacts.length} written to ${outDir} in ${seconds.toFixed(1)} s ` +
      `(cards: ${cards.rendered} drawn, ${cards.reused} reused, ${cards.pruned} stale pruned from ${caches.cards}; ` +
      `figures: ${figures.renditionsConverted} renditions converted, ${figuresPruned} stale pruned)`,
  );
  // Cards that had to cut a row are published, but the author hears which post and which cell to shorten.
  const warnings = getPosts().flatMap(postCardWarnings);
  for (const warning of warnings.slice(0, 20)) console.warn(`artefacts: warning: ${warning}`);
  if (warnings.length > 20) console.warn(`artefacts: warning: … and ${warnings.length - 20} more cells cut on cards`);
  return {
    artefacts: artefacts.length,
    cardsRendered: cards.rendered,
    cardsReused: cards.reused,
    cardsPruned: cards.pruned,
    figures,
    seconds,
  };
}

/**
 * Draw every card and convert every figure the caches do not hold yet, and write nothing else. next.config.mjs
 * runs this before Next compiles, while the build's own process is still small, so the card workers and the
 * image conversions never add to the peak memory of the compile; the artefact step after the compile then
 * finds everything in the caches.
 */
export async function fillCaches(caches: CacheDirs): Promise<void> {
  await cardsFor(
    listArtefacts().filter((a) => a.card),
    new CardCache(caches.cards),
    { prune: false },
  );
  await figuresFor(new FileCache(caches.figures));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      cache: { type: "string" },
      "figure-cache": { type: "string" },
      "caches-only": { type: "boolean" },
    },
  });
  if (!values.cache || !values["figure-cache"] || (!values.out && !values["caches-only"])) {
    console.error(
      "usage: tsx features/artefacts/write-artefacts.ts --cache <dir> --figure-cache <dir> (--out <dir> | --caches-only)",
    );
    process.exit(2);
  }
  const caches = { cards: values.cache, figures: values["figure-cache"] };
  const run = values["caches-only"] ? fillCaches(caches) : writeArtefacts(values.out!, caches);
  run.catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
