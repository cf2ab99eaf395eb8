import { readFile } from "node:fs/promises";
import path from "node:path";

// Inter (SIL Open Font License) from @fontsource/inter: Satori reads ttf/otf/woff, not woff2.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let cached: Promise<OgFont[]> | undefined;

async function load(file: string): Promise<ArrayBuffer> {
  const buffer = await readFile(path.join(FONT_DIR, file));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** Loaded once per build process and shared by every image. */
export function ogFonts(): Promise<OgFont[]> {
  cached ??= Promise.all([
    load("inter-latin-400-normal.woff").then((data) => ({
      name: "Inter",
      data,
      weight: 400 as const,
      style: "normal" as const,
    })),
    load("inter-latin-700-normal.woff").then((data) => ({
      name: "Inter",
      data,
      weight: 700 as const,
      style: "normal" as const,
    })),
    load("inter-latin-ext-400-normal.woff").then((data) => ({
      name: "Inter",
      data,
      weight: 400 as const,
      style: "normal" as const,
    })),
    load("inter-latin-ext-700-normal.woff").then((data) => ({
      name: "Inter",
      data,
      weight: 700 as const,
      style: "normal" as const,
    })),
  ]);
  return cached;
}
