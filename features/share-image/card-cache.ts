import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { FileCache } from "@/lib/file-cache";
import { FONT_FILES, FONT_DIR } from "./fonts";
import type { OgInput } from "./render";

/**
 * Share cards are a pure function of their input, the card code, the fonts and the renderer (Satori, resvg). A
 * build keys each card by a hash of all of that and keeps the PNG in a cache that survives builds, so only
 * cards whose key changed are drawn again. Any change to the code or fonts changes every key.
 */
const RENDERER_SOURCES = [
  ...["card.tsx", "render.tsx", "text.ts", "fonts.ts"].map((file) => path.join("features", "share-image", file)),
  path.join("lib", "palette.mjs"),
].map((file) => path.join(process.cwd(), file));

export async function cardRendererVersion(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [...RENDERER_SOURCES, ...FONT_FILES.map((font) => path.join(FONT_DIR, font))]) {
    hash.update(file.slice(process.cwd().length)).update(await readFile(file));
  }
  const require = createRequire(import.meta.url);
  for (const engine of ["satori", "@resvg/resvg-js"]) {
    hash.update(`${engine}@${(require(`${engine}/package.json`) as { version: string }).version}`);
  }
  return hash.digest("hex").slice(0, 16);
}

export function cardKey(input: OgInput, rendererVersion: string): string {
  return createHash("sha256").update(rendererVersion).update(JSON.stringify(input)).digest("hex").slice(0, 32);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from("IEND");

/** A whole PNG: the signature at the start and the IEND chunk at the end (a torn write has neither). */
export function isCompletePng(bytes: Buffer): boolean {
  return (
    bytes.length > 64 &&
    bytes.subarray(0, 8).equals(PNG_SIGNATURE) &&
    bytes.subarray(bytes.length - 8, bytes.length - 4).equals(IEND)
  );
}

/** Cards by key, each a whole PNG (a torn or foreign file is deleted and drawn again). */
export class CardCache {
  private readonly files: FileCache;

  constructor(readonly dir: string) {
    this.files = new FileCache(dir, isCompletePng);
  }

  get(key: string): Promise<Buffer | undefined> {
    return this.files.get(`${key}.png`);
  }

  put(key: string, png: Buffer): Promise<void> {
    return this.files.put(`${key}.png`, png);
  }

  prune(used: ReadonlySet<string>): Promise<number> {
    return this.files.prune(new Set([...used].map((key) => `${key}.png`)));
  }

  bytes(): Promise<number> {
    return this.files.bytes();
  }
}
