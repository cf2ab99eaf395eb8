import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Files a build made once and keeps between builds (share cards, figure renditions), by name. A name says
 * what made the file (a hash of its inputs), so an entry is either right or absent: the build never asks
 * whether a kept file is stale, only whether it is whole.
 */
export class FileCache {
  constructor(
    readonly dir: string,
    /** Whether bytes read back are a whole entry; one that is not is deleted, to be made again. */
    private readonly isWhole: (bytes: Buffer) => boolean = (bytes) => bytes.length > 0,
  ) {}

  file(name: string): string {
    return path.join(this.dir, name);
  }

  async get(name: string): Promise<Buffer | undefined> {
    const bytes = await readFile(this.file(name)).catch(() => undefined);
    if (!bytes) return undefined;
    if (this.isWhole(bytes)) return bytes;
    await rm(this.file(name), { force: true });
    return undefined;
  }

  /** Whether an entry is there, without reading it (for entries that are copied, not read). */
  async has(name: string): Promise<boolean> {
    return (await stat(this.file(name)).catch(() => undefined))?.isFile() ?? false;
  }

  /** Written beside and renamed into place, so a build that dies mid-write leaves no partial entry. */
  async put(name: string, bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temporary = `${this.file(name)}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, this.file(name));
  }

  /** Remove every entry this build did not use; returns how many. Keeps the cache as large as one site. */
  async prune(used: ReadonlySet<string>): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      if (used.has(name)) continue;
      await rm(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  async bytes(): Promise<number> {
    let total = 0;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      total += (await stat(path.join(this.dir, name))).size;
    }
    return total;
  }
}
