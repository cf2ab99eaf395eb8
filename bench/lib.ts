// Synthetic content for the benchmarks (posts of about 800 words with headings, code and a comparison), and a
// production build of it served on 127.0.0.1.
import type { ChildProcess } from "node:child_process";
import { cp, mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildSite, BUILD_ROOT } from "@/tooling/build-site";
import { sampleDiagram, samplePhotograph, sampleScreenshot, writeSamples } from "@/tooling/figure-samples";
import { startNextServer } from "@/tooling/next-server";

const WORDS = (
  "deploy runner sandbox live permission directory path migration outage cron service workflow reference " +
  "environment interpreter shebang recreate patch architecture canonical pattern contributor operator demo " +
  "capability buyer signal layer defense brief regression stress orchestrator overnight surface gap detail " +
  "system holds breaks progress plan morning evening build day hygiene token commit promotion"
).split(" ");
const TAGS = [
  "Infrastructure",
  "Operations",
  "Build day",
  "Déploiement",
  "運用",
  "Testing",
  "Security",
  "Data",
  "CRM",
  "Feeds",
];

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 31 + i * 17 + (seed >> 3)) % WORDS.length]!);
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About 800 words: three sections of prose, a code block and a three-row comparison. */
export function syntheticPost(i: number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const sections: string[] = [];
  for (let s = 0; s < 3; s++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 4; p++) {
      paragraphs.push(
        Array.from({ length: 5 }, (_, k) => sentence(i * 101 + s * 13 + p * 7 + k, 11 + ((i + k) % 5))).join(" "),
      );
    }
    sections.push(`## Section ${s + 1} of post ${i}\n\n${paragraphs.join("\n\n")}`);
  }
  return `---
title: "Synthetic post ${i}: ${sentence(i, 5).slice(0, -1)}"
summary: "${sentence(i + 7, 18)}"
publishedAt: ${day}
author: alan-law
tags: ["${TAGS[i % TAGS.length]}", "${TAGS[(i * 7 + 3) % TAGS.length]}"]
comparison:
  rows:
    - { surface: "Sandbox ${i}", looksCorrect: "${sentence(i, 9)}", actuallyWorks: "${sentence(i + 1, 12)}" }
    - { surface: "Patch ${i}", looksCorrect: "${sentence(i + 2, 9)}", actuallyWorks: "${sentence(i + 3, 12)}" }
    - { surface: "Demo ${i}", looksCorrect: "${sentence(i + 4, 9)}", actuallyWorks: "${sentence(i + 5, 12)}" }
---

${sections[0]}

<Principle>${sentence(i + 9, 20)}</Principle>

${sections[1]}

\`\`\`ts
export function retryDelay(attempt: number, baseMs = ${100 + (i % 50)}): number {
  return Math.random() * Math.min(60_000, baseMs * 2 ** attempt);
}
\`\`\`

<Comparison />

${sections[2]}
`;
}

export async function writeSyntheticContent(dir: string, count: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await cp("content", dir, { recursive: true });
  await mkdir(`${dir}/posts/synthetic`, { recursive: true });
  for (let i = 1; i <= count; i++) {
    await writeFile(`${dir}/posts/synthetic/synthetic-post-${i}.mdx`, syntheticPost(i));
  }
}

export const FIGURES_POST = "figures-bench";

/**
 * The figures post of bench:weight, content/posts/figures-bench/index.mdx: six images between paragraphs, the
 * first a 4000×3000 photograph, then a 2400-px PNG screenshot, an SVG diagram, two more photographs and a
 * smaller screenshot. Returns the bytes of the six originals.
 */
export async function writeFiguresPost(contentDir: string): Promise<number> {
  const dir = `${contentDir}/posts/${FIGURES_POST}`;
  const images: Record<string, () => Promise<Buffer | string>> = {
    "photo-4000.jpg": () => samplePhotograph(4000, 3000, 11),
    "screen-2400.png": () => sampleScreenshot(2400, 1500, 12),
    "diagram.svg": async () => sampleDiagram(13),
    "photo-3000.jpg": () => samplePhotograph(3000, 2000, 14),
    "photo-2000.jpg": () => samplePhotograph(2000, 1500, 15),
    "screen-1600.png": () => sampleScreenshot(1600, 1000, 16),
  };
  await writeSamples(dir, images);
  const prose = sentence(3, 60);
  const body = Object.keys(images)
    .map(
      (file, i) => `![Figure ${i + 1} of the bench post, ${file.replace(/\..*$/, "")}](./${file})\n\n${prose} ${prose}`,
    )
    .join("\n\n");
  await writeFile(
    `${dir}/index.mdx`,
    `---\ntitle: "Six figures"\nsummary: "A post with photographs, screenshots and a diagram."\npublishedAt: 2019-06-01\nauthor: alan-law\ntags: [Figures]\n---\n\n${body}\n`,
  );
  let bytes = 0;
  for (const file of Object.keys(images)) bytes += (await stat(`${dir}/${file}`)).size;
  return bytes;
}

/**
 * Builds the site with the real content plus `count - 1` synthetic posts (the real content alone for 1) into
 * .build/<name>-<count> and serves it on 127.0.0.1:<port>; `addContent` may add posts of its own (then the
 * content is always a copy). Stop it with stopNextServer.
 */
export async function serveSyntheticSite(
  name: string,
  count: number,
  port: number,
  addContent?: (contentDir: string) => Promise<void>,
): Promise<ChildProcess> {
  const contentDir = count > 1 || addContent ? `${BUILD_ROOT}/${name}-content-${count}` : undefined;
  if (contentDir) {
    console.log(`${name}: writing ${count - 1} synthetic posts to ${contentDir}/`);
    await writeSyntheticContent(contentDir, count - 1);
    await addContent?.(contentDir);
  }
  const siteUrl = `http://127.0.0.1:${port}`;
  const { distDir } = await buildSite({ name: `${name}-${count}`, contentDir, env: { SITE_URL: siteUrl } });
  return startNextServer({
    port,
    distDir,
    env: { SITE_URL: siteUrl, DATA_DIR: path.resolve(BUILD_ROOT, `${name}-data`) },
  });
}
