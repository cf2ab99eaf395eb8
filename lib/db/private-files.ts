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

function closeExisting(entry: string): void {
  let info;
  try {
    info = fs.lstatSync(entry);
  } catch {
    return;
  }
  if (info.isSymbolicLink()) return;
  if ((info.mode & 0o077) !== 0) fs.chmodSync(entry, info.mode & 0o7700);
  if (info.isDirectory()) for (const name of fs.readdirSync(entry)) closeExisting(path.join(entry, name));
}
