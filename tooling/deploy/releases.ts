// The releases under <root>: their names, which one is live, and the record of which went live and passed their
// checks (the only ones a rollback may return to).
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

export type Layout = { root: string; releases: string; current: string; state: string; lock: string };

export function layoutOf(root: string): Layout {
  return {
    root,
    releases: path.join(root, "releases"),
    current: path.join(root, "current"),
    state: path.join(root, "releases", "deploy-state.json"),
    lock: path.join(root, "deploy.lock"),
  };
}

/** "20261201T203100Z-1a2b3c4": sorts by time, says which commit. */
export function releaseName(now: Date, sha: string): string {
  return `${now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-${sha}`;
}

/** The release `current` points at, or undefined before the first deploy. */
export function liveRelease(layout: Layout): string | undefined {
  try {
    return path.basename(readlinkSync(layout.current));
  } catch {
    return undefined;
  }
}

/** Point `current` at a release in one step: a new link beside it, renamed over the old one (rename is atomic). */
export function switchTo(layout: Layout, release: string): void {
  const temporary = `${layout.current}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  symlinkSync(path.join("releases", release), temporary);
  renameSync(temporary, layout.current);
}

export type Outcome = "live" | "failed" | "rolled back";
type History = { release: string; outcome: Outcome; at: string; step?: string }[];

function readHistory(layout: Layout): History {
  try {
    return JSON.parse(readFileSync(layout.state, "utf8")) as History;
  } catch {
    return [];
  }
}

export function record(layout: Layout, entry: { release: string; outcome: Outcome; step?: string }): void {
  const history = [...readHistory(layout), { ...entry, at: new Date().toISOString() }];
  writeFileSync(`${layout.state}.tmp`, JSON.stringify(history, null, 2));
  renameSync(`${layout.state}.tmp`, layout.state);
}

/**
 * The release to return to from `from`: the newest one, other than `from`, whose last outcome is "live" (it
 * went live and passed its checks). A release that failed, or that was rolled back from, is never chosen.
 */
export function previousGood(layout: Layout, from: string | undefined): string | undefined {
  const last = new Map<string, Outcome>();
  for (const { release, outcome } of readHistory(layout)) last.set(release, outcome);
  const good = [...last].filter(([release, outcome]) => outcome === "live" && release !== from);
  return good
    .map(([release]) => release)
    .filter((release) => existsSync(path.join(layout.releases, release)))
    .at(-1);
}

/** Delete all but the newest `keep` releases, never the running one or the one a rollback would return to. */
export function prune(layout: Layout, keep: number): string[] {
  const live = liveRelease(layout);
  const spare = new Set([live, previousGood(layout, live)]);
  const all = readdirSync(layout.releases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const removed = all.slice(0, Math.max(0, all.length - keep)).filter((release) => !spare.has(release));
  for (const release of removed) rmSync(path.join(layout.releases, release), { recursive: true, force: true });
  return removed;
}
