import { ARTICLE_SIZES, fallbackFormat, midsizeRendition, type Figure, type Rendition } from "./plan";

type PictureOptions = { alt: string; eager: boolean; title?: string };

const srcset = (renditions: Rendition[]) => renditions.map((r) => `${r.path} ${r.width}w`).join(", ");

/** Attributes every figure's <img> carries: its size (no layout shift), when to load, and its text. */
function imgAttributes(rendition: Rendition, { alt, eager, title }: PictureOptions): string {
  const loading = eager ? ` fetchpriority="high"` : ` loading="lazy"`;
  const titled = title ? ` title="${title}"` : "";
  return `src="${rendition.path}" width="${rendition.width}" height="${rendition.height}" alt="${alt}"${titled}${loading} decoding="async"`;
}

/**
 * A raster figure as <picture>: AVIF, then WebP, then JPEG or PNG for everyone else, each at every width, the
 * browser choosing by the article column's width. SVG and GIF are one file each, in a plain <img>. `alt` and
 * `title` arrive HTML-escaped.
 */
export function pictureHtml(figure: Figure, options: PictureOptions): string {
  if (figure.kind !== "raster") return `<img ${imgAttributes(figure.renditions[0]!, options)}>`;
  const of = (format: Rendition["format"]) => figure.renditions.filter((r) => r.format === format);
  const fallback = fallbackFormat(figure.hasAlpha);
  const sources = (["avif", "webp"] as const).map(
    (format) => `<source type="image/${format}" srcset="${srcset(of(format))}" sizes="${ARTICLE_SIZES}">`,
  );
  const img = `<img ${imgAttributes(midsizeRendition(figure, fallback), options)} srcset="${srcset(of(fallback))}" sizes="${ARTICLE_SIZES}">`;
  return `<picture>${sources.join("")}${img}</picture>`;
}
