// Shared helpers for the benchmarks: synthetic content, process-tree memory sampling, argument parsing.
import { spawn } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";

export function parseArgs(argv, defaults) {
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, "");
    if (key && key in defaults) args[key] = argv[++i];
  }
  return args;
}

const WORDS = (
  "deploy runner sandbox live permission directory path migration outage cron service workflow reference " +
  "environment interpreter shebang recreate patch architecture canonical pattern contributor operator demo " +
  "capability buyer signal layer defense brief regression stress orchestrator overnight surface gap detail " +
  "system holds breaks progress plan morning evening build day hygiene token commit promotion"
).split(" ");
const TAGS = ["Infrastructure", "Operations", "Build day", "Déploiement", "運用", "Testing", "Security", "Data", "CRM", "Feeds"];

function sentence(seed, length) {
  const words = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 31 + i * 17 + (seed >> 3)) % WORDS.length]);
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** About 800 words: three sections of prose, a code block and a three-row comparison. */
export function syntheticPost(i) {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const sections = [];
  for (let s = 0; s < 3; s++) {
    const paragraphs = [];
    for (let p = 0; p < 4; p++) {
      paragraphs.push(Array.from({ length: 5 }, (_, k) => sentence(i * 101 + s * 13 + p * 7 + k, 11 + ((i + k) % 5))).join(" "));
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

export async function writeSyntheticContent(dir, count) {
  await rm(dir, { recursive: true, force: true });
  await cp("content", dir, { recursive: true });
  await mkdir(`${dir}/posts/synthetic`, { recursive: true });
  for (let i = 1; i <= count; i++) {
    await writeFile(`${dir}/posts/synthetic/synthetic-post-${i}.mdx`, syntheticPost(i));
  }
}

async function treeRssBytes(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run a command; return wall seconds and the peak RSS summed over its whole process tree. */
export function runMeasured(command, args, { env, log } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    let output = "";
    const timer = setInterval(async () => {
      peak = Math.max(peak, await treeRssBytes(child.pid));
    }, 250);
    const onData = (chunk) => {
      output += chunk;
      if (log) for (const line of String(chunk).split("\n")) if (line.trim()) log(line);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-4000)}`));
      else resolve({ seconds, peakRssBytes: peak, output });
    });
  });
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
