import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedHtml } from "@/features/feeds/feed-html";
import { fillFigureCache } from "@/features/figures/figure-pool";
import { inspectSource } from "@/features/figures/inspect";
import { pictureHtml } from "@/features/figures/markup";
import { ARTICLE_SIZES, renditionWidths, type Figure } from "@/features/figures/plan";
import { FileCache } from "@/lib/file-cache";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "figures-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function figureOf(name: string, width: number, height: number, alpha = false): Promise<Figure> {
  const file = path.join(dir, name);
  const create = { width, height, channels: alpha ? (4 as const) : (3 as const), background: "#1b1d21" };
  await writeFile(file, await sharp({ create }).png().toBuffer());
  const inspected = await inspectSource(file, `./${name}`);
  if ("problem" in inspected) throw new Error(inspected.problem);
  return { ...inspected.figure, usedAt: "test" };
}

describe("figure renditions", () => {
  it("are never wider than the source, and include the source's own width when it is between steps", () => {
    expect(renditionWidths(4000)).toEqual([480, 800, 1200, 1600]);
    expect(renditionWidths(1000)).toEqual([480, 800, 1000]);
    expect(renditionWidths(300)).toEqual([300]);
  });

  it("have sizes that match the article column in the stylesheet (body max-width less its padding)", async () => {
    const css = await readFile("styles/globals.css", "utf8");
    const body = /\n {2}body \{([^}]+)\}/.exec(css)![1]!;
    const maxWidth = Number(/max-width: ([\d.]+)rem/.exec(body)![1]);
    const padding = Number(/padding: 0 ([\d.]+)rem/.exec(body)![1]);
    expect(ARTICLE_SIZES).toBe(
      `(min-width: ${maxWidth}rem) ${maxWidth - 2 * padding}rem, calc(100vw - ${2 * padding}rem)`,
    );
  });

  it("fall back to PNG for a source with transparency and JPEG for one without", async () => {
    const opaque = await figureOf("opaque.png", 1000, 500);
    const clear = await figureOf("clear.png", 1000, 500, true);
    expect(pictureHtml(opaque, { alt: "x", eager: false })).toMatch(
      /<img src="\/figures\/\w+-800\.jpg" width="800" height="400"/,
    );
    expect(pictureHtml(clear, { alt: "x", eager: false })).toMatch(/<img src="\/figures\/\w+-800\.png"/);
    expect(opaque.key).not.toBe(clear.key);
  });

  it("are converted once: a second run over the same cache converts nothing, a new source only its own", async () => {
    const cache = new FileCache(path.join(dir, "cache"));
    const first = await figureOf("first.png", 1300, 700);
    const cold = await fillFigureCache([first], cache);
    expect(cold).toMatchObject({ images: 1, converted: 1, renditionsConverted: 12, reused: 0 });
    const avif = await cache.get(first.renditions[0]!.path.split("/").pop()!);
    expect((await sharp(avif!).metadata()).format).toBe("heif"); // AVIF, as libvips names it

    expect(await fillFigureCache([first], cache)).toMatchObject({ converted: 0, renditionsConverted: 0, reused: 12 });
    const second = await figureOf("second.png", 500, 300);
    expect(await fillFigureCache([first, second], cache)).toMatchObject({
      converted: 1,
      renditionsConverted: 6,
      reused: 12,
    });
  });

  it("that cannot be decoded stop the run, naming the source and where the post uses it", async () => {
    const broken = await figureOf("broken.png", 900, 600);
    const bytes = await readFile(broken.source);
    await writeFile(broken.source, bytes.subarray(0, bytes.length / 2)); // cut short after the build inspected it
    await expect(
      fillFigureCache([{ ...broken, usedAt: "posts/x.mdx: line 9" }], new FileCache(path.join(dir, "c2"))),
    ).rejects.toThrow(/^posts\/x\.mdx: line 9: image .*broken\.png cannot be converted/);
  });
});

describe("figures in feeds", () => {
  it("become one plain <img>: the mid-size fallback at an absolute URL, with its width, height and alt text", async () => {
    const figure = await figureOf("feed.png", 2000, 1000);
    const html = `<p>${pictureHtml(figure, { alt: "A dark panel", eager: true })}</p>`;
    const out = feedHtml(html, "https://log.example.com/log/x");
    expect(out).toMatch(
      /^<p><img src="https:\/\/log\.example\.com\/figures\/[0-9a-f]{20}-800\.jpg" width="800" height="400" alt="A dark panel"><\/p>$/,
    );
  });
});
