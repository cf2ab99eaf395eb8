import { readFile } from "node:fs/promises";
import path from "node:path";

// Inter (SIL Open Font License) from @fontsource/inter: Satori reads ttf/otf/woff, not woff2.
export const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");

/** Latin and Latin Extended, regular and bold: what the card's text is limited to (text.ts). */
const FONTS = [
  { file: "inter-latin-400-normal.woff", weight: 400 },
  { file: "inter-latin-700-normal.woff", weight: 700 },
  { file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { file: "inter-latin-ext-700-normal.woff", weight: 700 },
] as const;

export const FONT_FILES = FONTS.map((font) => font.file);

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let cached: Promise<OgFont[]> | undefined;

async function load(file: string): Promise<ArrayBuffer> {
  const buffer = await readFile(path.join(FONT_DIR, file));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** Loaded once per process and shared by every image. */
export function ogFonts(): Promise<OgFont[]> {
  cached ??= Promise.all(
    FONTS.map(async ({ file, weight }) => ({
      name: "Inter",
      data: await load(file),
      weight,
      style: "normal" as const,
    })),
  );
  return cached;
}
