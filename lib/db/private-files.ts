// The default export is Node's one fs object, the one PGlite's file system layer calls through require("fs"),
// so a change to it is seen there.
import fs from "node:fs";
import path from "node:path";

const privateRoots = new Set<string>();
let installed = false;

const inPrivateRoot = (file: unknown) =>
  typeof file === "string" && [...privateRoots].some((root) => file === root || file.startsWith(`${root}${path.sep}`));

/**
 * Keeps every file under `dir` closed to group and others, whatever mode the writer asks for. PGlite chmods
 * each file it creates to 0666 after creating it (969 files in a short run), so a umask alone is not enough:
 * its chmod calls on paths under `dir` lose their group and other bits; new directories get 0700 from the
 * umask; and what an older release left open is closed once, now.
 */
export function keepPrivate(dir: string): void {
  const root = path.resolve(dir);
  process.umask(0o077);
  privateRoots.add(root);
  if (!installed) {
    installed = true;
    const chmodSync = fs.chmodSync.bind(fs);
    fs.chmodSync = (file, mode) =>
      chmodSync(file, inPrivateRoot(file) ? (typeof mode === "number" ? mode : parseInt(mode, 8)) & ~0o077 : mode);
  }
  closeExisting(root);
}

function closeExisting(root: string): void {
  for (const entry of entriesUnder(root)) if (openToOthers(entry)) fs.chmodSync(entry.path, entry.mode & 0o7700);
}

export type Entry = { path: string; mode: number; symlink: boolean };

/**
 * `dir` and everything under it, each with its mode, symbolic links listed but not followed; an entry that
 * vanishes while it is walked is skipped. Used to close a store (above) and by the doctor to check one.
 */
export function* entriesUnder(dir: string): Generator<Entry> {
  let info;
  try {
    info = fs.lstatSync(dir);
  } catch {
    return;
  }
  const entry = { path: dir, mode: info.mode, symlink: info.isSymbolicLink() };
  yield entry;
  if (info.isDirectory()) for (const name of fs.readdirSync(dir)) yield* entriesUnder(path.join(dir, name));
}

/** Readable, writable or searchable by group or others (a symbolic link's own mode means nothing). */
export const openToOthers = (entry: Entry) => !entry.symlink && (entry.mode & 0o077) !== 0;
