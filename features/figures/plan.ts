import { createHash } from "node:crypto";

/**
 * Glossary:
 * - source: an image file an author points at (beside the post, or under public/), read once per build.
 * - figure: one source as the content build found it: its key, format and size, and its renditions.
 * - rendition: one file a reader's browser may fetch: a format at a width, at a URL that names the key, so a
 *   changed source or setting always gets a new URL and every URL can be cached for a year.
 */

/** Where renditions are published. */
export const FIGURE_PATH_PREFIX = "/figures/";
export const FIGURE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** The largest source the build accepts; past these an author must resize it first (README, "Figures"). */
export const MAX_SOURCE_PIXELS = 40_000_000;
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** An SVG is published as it is, so its own bytes are what a reader fetches. */
export const MAX_SVG_BYTES = 512 * 1024;

/** Alt text that marks an image as decorative: it is published with alt="" (README, "Figures"). */
export const DECORATIVE_ALT = "(decorative)";

/** Widths a raster source is written at (those no larger than the source, plus the source's own width). */
export const RENDITION_WIDTHS = [480, 800, 1200, 1600] as const;
/** The width feeds and the <img> fallback use: what a feed reader or an old browser gets. */
export const MIDSIZE_WIDTH = 800;

/**
 * The article column: body max-width 46rem less 2 × 1.25rem padding (styles/globals.css, checked by
 * tests/unit/figures.test.ts), the full viewport less the padding below that.
 */
export const ARTICLE_SIZES = "(min-width: 46rem) 43.5rem, calc(100vw - 2.5rem)";

export const ENCODER_SETTINGS = {
  // AVIF effort 3: within 3 % of effort 4's bytes on a photograph at a quarter of its time (2 s → 0.44 s at 800 px).
  avif: { quality: 50, effort: 3 },
  webp: { quality: 74, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true },
  png: { compressionLevel: 9, palette: false },
} as const;

export type RasterFormat = "avif" | "webp" | "jpeg" | "png";
export type FigureKind = "raster" | "svg" | "gif";

export type Rendition = { path: string; format: RasterFormat | "svg" | "gif"; width: number; height: number };

export type Figure = {
  /** The source, relative to the project. */
  source: string;
  /** Hash of the source's bytes and of the settings that make its renditions. */
  key: string;
  kind: FigureKind;
  width: number;
  height: number;
  /** Raster only: a source with transparency falls back to PNG, one without to JPEG. */
  hasAlpha: boolean;
  renditions: Rendition[];
  /** Where it was first used, for an error in conversion: "content/posts/x.mdx: line 12". */
  usedAt: string;
};

export const CONTENT_TYPES: Record<Rendition["format"], string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
  gif: "image/gif",
};

const EXTENSIONS: Record<Rendition["format"], string> = {
  avif: "avif",
  webp: "webp",
  jpeg: "jpg",
  png: "png",
  svg: "svg",
  gif: "gif",
};

/** The key of a source: its bytes, the settings and the encoder's version, so a change to any makes new URLs. */
export function figureKey(bytes: Buffer, encoderVersion: string): string {
  return createHash("sha256")
    .update(JSON.stringify({ ENCODER_SETTINGS, RENDITION_WIDTHS, encoderVersion }))
    .update(bytes)
    .digest("hex")
    .slice(0, 20);
}

export function fallbackFormat(hasAlpha: boolean): RasterFormat {
  return hasAlpha ? "png" : "jpeg";
}

/** The widths a source of this width is written at: never wider than itself. */
export function renditionWidths(sourceWidth: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((width) => width < sourceWidth);
  if (sourceWidth <= RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]!) widths.push(sourceWidth);
  return widths;
}

/** Every file a figure is published as. */
export function planRenditions(figure: Omit<Figure, "renditions" | "usedAt">): Rendition[] {
  const { key, kind, width, height } = figure;
  if (kind !== "raster") {
    return [{ path: `${FIGURE_PATH_PREFIX}${key}.${EXTENSIONS[kind]}`, format: kind, width, height }];
  }
  const formats: RasterFormat[] = ["avif", "webp", fallbackFormat(figure.hasAlpha)];
  return formats.flatMap((format) =>
    renditionWidths(width).map((w) => ({
      path: `${FIGURE_PATH_PREFIX}${key}-${w}.${EXTENSIONS[format]}`,
      format,
      width: w,
      height: Math.max(1, Math.round((height * w) / width)),
    })),
  );
}

/** The rendition of a format closest to the mid size, for the <img> fallback and the feeds. */
export function midsizeRendition(figure: Figure, format: Rendition["format"]): Rendition {
  const candidates = figure.renditions.filter((r) => r.format === format);
  return candidates.reduce((best, r) =>
    Math.abs(r.width - MIDSIZE_WIDTH) < Math.abs(best.width - MIDSIZE_WIDTH) ? r : best,
  );
}
