import { readFile, stat } from "node:fs/promises";
import {
  figureKey,
  MAX_SOURCE_BYTES,
  MAX_SOURCE_PIXELS,
  MAX_SVG_BYTES,
  planRenditions,
  type Figure,
  type FigureKind,
} from "./plan";

type Sharp = typeof import("sharp").default;

let sharpModule: Promise<Sharp> | undefined;
/** Loaded on first use: the production server never converts, so it never loads the native module. */
export function loadSharp(): Promise<Sharp> {
  sharpModule ??= import("sharp").then((m) => m.default);
  return sharpModule;
}

/** The encoders' versions, part of every key: a new libvips may write other bytes. */
async function encoderVersion(): Promise<string> {
  const { versions } = await loadSharp();
  return `sharp@${versions.sharp} vips@${versions.vips}`;
}

const KINDS: Record<string, FigureKind> = {
  jpeg: "raster",
  png: "raster",
  webp: "raster",
  heif: "raster",
  svg: "svg",
  gif: "gif",
};
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export type Inspected = { figure: Omit<Figure, "usedAt"> } | { problem: string };

/**
 * Reads a source and says what it is, or what is wrong with it in words an author can act on. Only the header
 * is decoded here; the pixels are decoded once, when its renditions are first made.
 */
export async function inspectSource(file: string, source: string): Promise<Inspected> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return { problem: `image "${source}" does not exist (looked for ${file})` };
  if (info.size > MAX_SOURCE_BYTES) {
    return {
      problem: `image "${source}" is ${MB(info.size)}, over the ${MB(MAX_SOURCE_BYTES)} ceiling: resize it first`,
    };
  }
  const bytes = await readFile(file);
  const sharp = await loadSharp();
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => undefined);
  const kind = meta?.format ? KINDS[meta.format] : undefined;
  if (!meta || !kind || !meta.width || !meta.height) {
    const what = meta?.format ? `a ${meta.format} image, which is not supported` : "not a readable image";
    return { problem: `image "${source}" is ${what} (JPEG, PNG, WebP, AVIF, GIF and SVG are)` };
  }
  if (meta.format === "heif" && meta.compression !== "av1") {
    return { problem: `image "${source}" is HEIC, which browsers cannot show: export it as JPEG or AVIF` };
  }
  if (kind === "svg" && info.size > MAX_SVG_BYTES) {
    return {
      problem: `image "${source}" is an SVG of ${MB(info.size)}, over the ${MB(MAX_SVG_BYTES)} ceiling for SVG`,
    };
  }
  // EXIF orientations 5–8 turn the picture a quarter: the renditions are upright, so their sizes swap.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : (meta.pageHeight ?? meta.height);
  if (kind !== "svg" && width * height > MAX_SOURCE_PIXELS) {
    const mp = (n: number) => `${(n / 1e6).toFixed(1)} megapixels`;
    return {
      problem: `image "${source}" is ${width}×${height} (${mp(width * height)}), over the ${mp(MAX_SOURCE_PIXELS)} ceiling`,
    };
  }
  const base = {
    source: file,
    key: figureKey(bytes, await encoderVersion()),
    kind,
    width,
    height,
    hasAlpha: !!meta.hasAlpha,
  };
  return { figure: { ...base, renditions: planRenditions(base) } };
}
