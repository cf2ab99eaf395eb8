// Assembles the content the end-to-end build publishes: the real content/ plus fixture posts (non-ASCII tags,
// escaping, a draft), a post with figures beside it (made here, so the repository holds no binaries) and
// enough filler posts to paginate, in .build/e2e-content/ so content/ stays untouched.
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BUILD_ROOT } from "./build-site";
import { sampleDiagram, samplePhotograph, sampleScreenshot, writeSamples } from "./figure-samples";

export const E2E_CONTENT_DIR = path.join(BUILD_ROOT, "e2e-content");
export const E2E_PORT = Number(process.env.E2E_PORT || 3210);
/** The second build, whose clock is the scheduled fixture's own minute (tests/e2e/publishing.spec.ts). */
export const E2E_LATER_PORT = E2E_PORT + 1;
export const E2E_LATER_CLOCK = "2099-06-01T08:00Z";
export const E2E_REVIEW_SECRET = "e2e-review-secret-0123456789";
/** The e2e server's STATS_PASSWORD: the readership spec reads /stats with it. */
export const E2E_STATS_PASSWORD = "e2e-stats-password-0123";
export const FILLER_POSTS = 9;

export async function assembleE2eContent(): Promise<void> {
  await rm(E2E_CONTENT_DIR, { recursive: true, force: true });
  await cp("content", E2E_CONTENT_DIR, { recursive: true });
  await cp("tests/fixtures/e2e-content", E2E_CONTENT_DIR, { recursive: true });
  await mkdir(`${E2E_CONTENT_DIR}/posts/filler`, { recursive: true });
  for (let i = 1; i <= FILLER_POSTS; i++) {
    const day = String(i).padStart(2, "0");
    await writeFile(
      `${E2E_CONTENT_DIR}/posts/filler/filler-post-${day}.mdx`,
      `---\ntitle: "Filler post ${day}"\nsummary: An older post that exists so the Log has a second page.\npublishedAt: 2026-10-${day}\nauthor: alan-law\ntags: [Filler]\n---\n\nFiller body ${day}.\n`,
    );
  }
  await writeFiguresPost(`${E2E_CONTENT_DIR}/posts/${FIGURES_POST}`);
  console.log(`e2e: content assembled in ${E2E_CONTENT_DIR}/ (${FILLER_POSTS} filler posts)`);
}

export const FIGURES_POST = "figures-in-practice";

/** content/posts/<slug>/index.mdx with its images beside it: a photograph, a screenshot, an SVG, a decoration. */
async function writeFiguresPost(dir: string): Promise<void> {
  await writeSamples(dir, {
    "bench-photo.jpg": () => samplePhotograph(2400, 1600),
    "deploy-screen.png": () => sampleScreenshot(1600, 1000),
    "pipeline.svg": async () => sampleDiagram(),
    "rule.png": () => sampleScreenshot(600, 24, 9),
    "long-page.png": () => sampleScreenshot(800, 3000, 10),
  });
  const prose = "A paragraph of prose that keeps the next figure below the first screen. ".repeat(12);
  await writeFile(
    path.join(dir, "index.mdx"),
    `---\ntitle: "Figures in practice"\nsummary: A post whose images live beside it.\npublishedAt: 2026-09-20\nauthor: alan-law\ntags: [Figures]\n---\n\n` +
      `![A workbench under soft light](./bench-photo.jpg)\n\n${prose}\n\n${prose}\n\n` +
      `![The deploy screen, its release list on the left](./deploy-screen.png)\n\n${prose}\n\n` +
      `<Figure src="./pipeline.svg" alt="Four boxes: sandbox, build, release, live" caption="From sandbox to live" />\n\n` +
      `![${"(decorative)"}](./rule.png)\n\n${prose}\n\n` +
      `![A whole settings page, much taller than wide](./long-page.png)\n\nThe end.\n`,
  );
}
