// Run by `next build` (next.config.mjs, compiler.runAfterProductionCompile): writes every artefact of the
// catalogue into <distDir>/artefacts/ with a manifest, so the server only ever reads files. Share cards come
// from the card cache when their key is unchanged and are drawn on every core when not. A card that cannot be
// drawn fails the build.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { getPosts } from "@/features/content/posts";
import { CardCache, cardKey, cardRendererVersion, isCompletePng } from "@/features/share-image/card-cache";
import { renderCards } from "@/features/share-image/card-pool";
import { postCardWarnings } from "@/features/share-image/cards";
import { artefactFile, listArtefacts, type Artefact } from "./catalogue";

export type ManifestEntry = { file: string; contentType: string; cacheControl: string; bytes: number };
export type Manifest = Record<string, ManifestEntry>;
export const MANIFEST_FILE = "manifest.json";

export type ArtefactRun = {
  artefacts: number;
  cardsRendered: number;
  cardsReused: number;
  cardsPruned: number;
  seconds: number;
};

/** The key an artefact is found by: its decoded URL path, so /tags/運用/feed.xml and its %-encoded form agree. */
export function artefactKey(urlPath: string): string {
  return decodeURIComponent(urlPath);
}

async function writeFileOf(outDir: string, artefact: Artefact, body: string | Buffer, manifest: Manifest) {
  const file = artefactFile(artefact.path);
  await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
  await writeFile(path.join(outDir, file), body);
  manifest[artefactKey(artefact.path)] = {
    file,
    contentType: artefact.contentType,
    cacheControl: artefact.cacheControl,
    bytes: Buffer.byteLength(body),
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

export async function writeArtefacts(outDir: string, cacheDir: string): Promise<ArtefactRun> {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const artefacts = listArtefacts();
  const manifest: Manifest = {};
  for (const artefact of artefacts.filter((a) => !a.card))
    await writeFileOf(outDir, artefact, await artefact.render(), manifest);
  const cards = await cardsFor(
    artefacts.filter((a) => a.card),
    new CardCache(cacheDir),
    { prune: true },
  );
  for (const { artefact, key } of cards.keyed) await writeFileOf(outDir, artefact, cards.pngs.get(key)!, manifest);
  await writeFile(path.join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `artefacts: ${artefacts.length} written to ${outDir} in ${seconds.toFixed(1)} s ` +
      `(cards: ${cards.rendered} drawn, ${cards.reused} reused, ${cards.pruned} stale pruned from ${cacheDir})`,
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
    seconds,
  };
}

/**
 * Draw into the cache every card it does not hold yet, and write nothing else. next.config.mjs runs this before
 * Next compiles, while the build's own process is still small, so the card workers never add to the peak
 * memory of the compile; the artefact step after the compile then finds every card in the cache.
 */
export async function drawMissingCards(cacheDir: string): Promise<void> {
  await cardsFor(
    listArtefacts().filter((a) => a.card),
    new CardCache(cacheDir),
    { prune: false },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { out: { type: "string" }, cache: { type: "string" }, "cards-only": { type: "boolean" } },
  });
  if (!values.cache || (!values.out && !values["cards-only"])) {
    console.error("usage: tsx features/artefacts/write-artefacts.ts --cache <dir> (--out <dir> | --cards-only)");
    process.exit(2);
  }
  const run = values["cards-only"] ? drawMissingCards(values.cache) : writeArtefacts(values.out!, values.cache);
  run.catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
