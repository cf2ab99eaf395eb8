import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES } from "@/features/figures/plan";
import { buildCase, post } from "../helpers/content-case";

/**
 * What the content build does with a post's images: both layouts resolve, and every broken figure is
 * refused as "file: line N: message", N counted in the .mdx file with its frontmatter (7 lines in post()).
 */
const ROOT = ".test-content-figures";
const FRONTMATTER_LINES = 7;
let png: Buffer;
let jpeg: Buffer;

beforeAll(async () => {
  const create = { width: 900, height: 600, channels: 3 as const, background: "#8a3b12" };
  png = await sharp({ create }).png().toBuffer();
  jpeg = await sharp({ create }).jpeg().toBuffer();
});
afterAll(() => rm(ROOT, { recursive: true, force: true }));

const build = (name: string, files: Record<string, string | Buffer>) => buildCase(name, files, ROOT);

async function builtPost(name: string, slug: string) {
  const source = await readFile(path.join(ROOT, name, ".out", "allPosts.js"), "utf8");
  const posts = new Function(source.replace(/^export default /m, "return "))() as {
    slug: string;
    html: string;
    figures: { width: number; height: number; renditions: { path: string; width: number }[] }[];
  }[];
  return posts.find((p) => p.slug === slug)!;
}

describe("figures in the content build", () => {
  it("resolves ./<slug>/photo.jpg beside <slug>.mdx, sized, with renditions no wider than the source", async () => {
    const problems = await build("beside", {
      "posts/beside.mdx": post({}, "![A rust-red panel](./beside/photo.jpg)"),
      "posts/beside/photo.jpg": jpeg,
    });
    expect(problems).toEqual([]);
    const built = await builtPost("beside", "beside");
    expect(built.html).toMatch(/<picture><source type="image\/avif" srcset="\/figures\/[0-9a-f]{20}-480\.avif 480w/);
    expect(built.html).toContain('width="800" height="533" alt="A rust-red panel"');
    expect(built.html).not.toContain("./beside/photo.jpg");
    expect(built.html).not.toContain("data-source-line");
    expect(built.figures[0]!.renditions.map((r) => r.width)).toEqual([480, 800, 900, 480, 800, 900, 480, 800, 900]);
    expect(built.figures[0]!.renditions.at(-1)!.path).toMatch(/-900\.jpg$/);
  });

  it("takes the slug from the folder for <slug>/index.mdx, with ./photo.png beside it", async () => {
    const problems = await build("folder", {
      "posts/in-a-folder/index.mdx": post({}, "Text.\n\n![A panel](./photo.png)"),
      "posts/in-a-folder/photo.png": png,
    });
    expect(problems).toEqual([]);
    const built = await builtPost("folder", "in-a-folder");
    expect(built.html).toMatch(/srcset="\/figures\/[0-9a-f]{20}-480\.jpg 480w/); // opaque PNG: JPEG fallback
  });

  it("publishes a decorative image with empty alt text when it says so, and <Figure> with its caption", async () => {
    const problems = await build("decorative", {
      "posts/decorative.mdx": post(
        {},
        '![(decorative)](./decorative/rule.png)\n\n<Figure src="./decorative/rule.png" alt="A rule" caption="The rule" />',
      ),
      "posts/decorative/rule.png": png,
    });
    expect(problems).toEqual([]);
    const { html } = await builtPost("decorative", "decorative");
    expect(html).toContain('alt=""');
    expect(html).toMatch(
      /<figure class="figure"><picture>.*alt="A rule".*<\/picture><figcaption>The rule<\/figcaption>/,
    );
  });

  it("refuses every broken figure of a post at once, each as file: line N: message", async () => {
    const body = [
      "![A missing diagram](./broken/missing.svg)", // body line 1
      "",
      "![](./broken/fine.png)", // 3: no alt
      "",
      "![Not really a picture](./broken/notes.png)", // 5: not an image
      "",
      '<img src="./broken/fine.png" />', // 7: raw JSX, no alt
      "",
      "![A chart from elsewhere](https://example.invalid/chart.png)", // 9: not a file of the site
    ].join("\n");
    const problems = await build("broken", {
      "posts/broken.mdx": post({}, body),
      "posts/broken/fine.png": png,
      "posts/broken/notes.png": "these are notes, saved with the wrong name\n",
    });
    const file = `${ROOT}/broken/posts/broken.mdx`;
    const line = (n: number) => `${file}: line ${n + FRONTMATTER_LINES}: `;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${line(1)}image "./broken/missing.svg" does not exist`)),
      expect.stringMatching(new RegExp(`^${line(3)}image "./broken/fine.png" has no alt text`)),
      expect.stringMatching(new RegExp(`^${line(5)}image "./broken/notes.png" is not a readable image`)),
      expect.stringMatching(new RegExp(`^${line(7)}image "./broken/fine.png" has no alt text`)),
      expect.stringMatching(
        new RegExp(`^${line(9)}image "https://example.invalid/chart.png" is not a file of the site`),
      ),
    ]);
  });

  it("refuses a source over the pixel ceiling and one over the byte ceiling", async () => {
    // 8000 × 6000 = 48 megapixels, over 40; a flat PNG of that size is only a few hundred kilobytes.
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const problems = await build("ceilings", {
      "posts/ceilings.mdx": post({}, "![A huge panel](./ceilings/huge.png)\n\n![A heavy file](./ceilings/heavy.jpg)"),
      "posts/ceilings/huge.png": huge,
      "posts/ceilings/heavy.jpg": Buffer.concat([jpeg, Buffer.alloc(MAX_SOURCE_BYTES)]),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /ceilings\.mdx: line 8: image ".\/ceilings\/huge.png" is 8000×6000 \(48\.0 megapixels\), over the 40\.0/,
      ),
      expect.stringMatching(
        /ceilings\.mdx: line 10: image ".\/ceilings\/heavy.jpg" is 20\.\d MB, over the 20\.0 MB ceiling/,
      ),
    ]);
  });

  it("resolves a site path under public/ the same way", async () => {
    const problems = await build("public", { "posts/public.mdx": post({}, "![The mark](/favicon.svg)") });
    expect(problems).toEqual([]);
    const { html } = await builtPost("public", "public");
    expect(html).toMatch(/<img src="\/figures\/[0-9a-f]{20}\.svg" width="\d+" height="\d+" alt="The mark"/);
  });
});
