import { readFile } from "node:fs/promises";
import { loadSharp } from "./inspect";
import { ENCODER_SETTINGS, MAX_SOURCE_PIXELS, type Figure, type Rendition } from "./plan";

/** The bytes of each rendition asked for, from one read of the source. SVG and GIF are published as they are. */
export async function convertFigure(figure: Figure, renditions: readonly Rendition[]): Promise<Buffer[]> {
  const bytes = await readFile(figure.source);
  if (figure.kind !== "raster") return renditions.map(() => bytes);
  const sharp = await loadSharp();
  // No operation cache: each source is decoded for its own renditions and then let go, which bounds memory.
  sharp.cache(false);
  const out: Buffer[] = [];
  for (const rendition of renditions) {
    // failOn "error": a truncated or corrupt file stops the build instead of publishing half a picture.
    const pipeline = sharp(bytes, { failOn: "error", limitInputPixels: MAX_SOURCE_PIXELS })
      .rotate()
      .resize({ width: rendition.width, withoutEnlargement: true });
    const encoded =
      rendition.format === "avif"
        ? pipeline.avif(ENCODER_SETTINGS.avif)
        : rendition.format === "webp"
          ? pipeline.webp(ENCODER_SETTINGS.webp)
          : rendition.format === "jpeg"
            ? pipeline.flatten({ background: "#ffffff" }).jpeg(ENCODER_SETTINGS.jpeg)
            : pipeline.png(ENCODER_SETTINGS.png);
    out.push(await encoded.toBuffer());
  }
  return out;
}
