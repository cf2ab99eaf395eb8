import os from "node:os";
import path from "node:path";
import type { FileCache } from "@/lib/file-cache";
import { convertFigure } from "./convert";
import type { Figure } from "./plan";

export type FigureRun = { images: number; converted: number; renditionsConverted: number; reused: number };

/** A rendition's name in the cache: the last part of its URL, which already names its key, width and format. */
export const cacheName = (renditionPath: string) => path.posix.basename(renditionPath);

/**
 * Makes every rendition the cache lacks, one source per lane and one lane per core (libvips runs each
 * pipeline on one thread here), so memory holds at most one decoded source per core. A source that fails to
 * convert stops the run, naming the file and where the post uses it.
 */
export async function fillFigureCache(
  figures: readonly Figure[],
  cache: FileCache,
  options: { lanes?: number; log?: (line: string) => void } = {},
): Promise<FigureRun> {
  const queue: { figure: Figure; missing: Figure["renditions"] }[] = [];
  let reused = 0;
  for (const figure of figures) {
    const missing = [];
    for (const rendition of figure.renditions) {
      if (await cache.has(cacheName(rendition.path))) reused++;
      else missing.push(rendition);
    }
    if (missing.length > 0) queue.push({ figure, missing });
  }
  const total = queue.length;
  let done = 0;
  let renditionsConverted = 0;
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { figure, missing } = job;
      const bytes = await convertFigure(figure, missing).catch((error: Error) => {
        throw new Error(`${figure.usedAt}: image ${figure.source} cannot be converted: ${error.message}`);
      });
      for (const [i, rendition] of missing.entries()) await cache.put(cacheName(rendition.path), bytes[i]!);
      renditionsConverted += missing.length;
      if (++done % 20 === 0 || done === total) options.log?.(`figures: ${done}/${total} images converted`);
    }
  };
  const lanes = Math.max(1, Math.min(total, options.lanes ?? os.availableParallelism()));
  await Promise.all(Array.from({ length: lanes }, lane));
  return { images: figures.length, converted: total, renditionsConverted, reused };
}
