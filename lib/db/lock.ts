import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";

/**
 * The embedded store can only be opened by one process: two writers would
 * corrupt it. A lock file names the holder; a lock left by a process that no
 * longer exists (killed, crashed) is taken over.
 */
export class StoreLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded store is in use by ${describeHolder(holder)}. Only one process can open it: ` +
        `stop that process, or set DATABASE_URL to share a PostgreSQL database. Lock: ${lockPath}`,
    );
    this.name = "StoreLockedError";
  }
}

type LockHolder = { pid: number; hostname: string; command: string; since: string };

/** "process 123 (next start) on host since …": who holds the store, as an operator needs it to act. */
export function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} (${holder.command}) on ${holder.hostname} since ${holder.since}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process holding the lock (this machine), or a holder on another machine; undefined when free. */
export function currentHolder(lockPath: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockPath, "utf8")) as LockHolder;
    return holder.hostname !== os.hostname() || isAlive(holder.pid) ? holder : undefined;
  } catch {
    return undefined; // no lock, or a half-written one from a process that died
  }
}

export function acquireLock(lockPath: string): () => void {
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv.slice(1, 3).join(" ") || process.argv0,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const holder = JSON.parse(readFileSync(lockPath, "utf8")) as LockHolder;
          if (holder.pid === process.pid) rmSync(lockPath, { force: true });
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Held by a live process here (this one included: a second open would corrupt it too),
      // or by another machine, where we cannot tell whether it is alive.
      const holder = currentHolder(lockPath);
      if (holder) throw new StoreLockedError(lockPath, holder);
      rmSync(lockPath, { force: true }); // stale: its process is gone, or it died mid-write
    }
  }
  throw new Error(`Could not take the store lock at ${lockPath}`);
}
