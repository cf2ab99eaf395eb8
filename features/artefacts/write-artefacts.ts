// Run by `next build` (next.config.mjs, compiler.runAfterProductionCompile): writes every artefact of the
// catalogue into <distDir>/artefacts/ with a manifest, so the server only ever reads files. A card that
// cannot be rendered fails the build.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { artefactFile, listArtefacts, type Artefact } from "./catalogue";

export type ManifestEntry = { file: string; contentType: string; cacheControl: string; bytes: number };
export type Manifest = Record<string, ManifestEntry>;
export const MANIFEST_FILE = "manifest.json";

/** The key an artefact is found by: its decoded URL path, so /tags/運用/feed.xml and its %-encoded form agree. */
export function artefactKey(urlPath: string): string {
  return decodeURIComponent(urlPath);
}

async function writeOne(outDir: string, artefact: Artefact, manifest: Manifest): Promise<void> {
  const body = await artefact.render();
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

export async function writeArtefacts(outDir: string, options: { concurrency?: number } = {}): Promise<Manifest> {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const artefacts = listArtefacts();
  const manifest: Manifest = {};
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < artefacts.length) {
      const artefact = artefacts[next++]!;
      try {
        await writeOne(outDir, artefact, manifest);
      } catch (error) {
        throw new Error(`artefacts: ${artefact.path} could not be rendered: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (++done % 100 === 0) console.log(`artefacts: ${done}/${artefacts.length} written`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  await writeFile(path.join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`artefacts: ${artefacts.length} written to ${outDir} in ${seconds} s`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: tsx features/artefacts/write-artefacts.ts <out-dir>");
    process.exit(2);
  }
  writeArtefacts(outDir).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
