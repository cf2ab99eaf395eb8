// Starts `next start` for verify and the benchmarks, and stops it for good: npx, node and next-server (which
// renames its process) share a process group of their own, and the whole group is signalled.
import { spawn, type ChildProcess } from "node:child_process";

export type NextServerOptions = {
  port: number;
  distDir?: string;
  cwd?: string;
  env?: Record<string, string>;
  readyPath?: string;
  stdio?: "ignore" | "inherit";
};

export async function startNextServer(options: NextServerOptions): Promise<ChildProcess> {
  const { port, distDir, cwd, env = {}, readyPath = "/", stdio = "ignore" } = options;
  // Something already answering there (a server left by an interrupted run) would pass the readiness check for
  // this one, and every figure after it would be that server's.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use on 127.0.0.1: stop whatever serves it first`);
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(distDir ? { NEXT_DIST_DIR: distDir } : {}), ...env },
    stdio,
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${readyPath}`)).status < 500) return child;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  signalGroup(child, "SIGKILL");
  throw new Error(`next start on port ${port} did not become ready (${readyPath})`);
}

export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM, up to 5 s to finish, then SIGKILL. */
export async function stopNextServer(child: ChildProcess): Promise<void> {
  const closed = new Promise((resolve) => child.once("close", resolve));
  signalGroup(child, "SIGTERM");
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  signalGroup(child, "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the port and the store lock go
}
