// Runs a command and samples the resident memory of its whole process tree: a build's workers are children.
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

export type MeasuredRun = { seconds: number; peakRssBytes: number; output: string };

/** Resident memory of a process and all its descendants. */
export async function treeRssBytes(rootPid: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run a command; resolve with wall seconds and the peak RSS summed over its process tree; reject on a non-zero exit. */
export function runMeasured(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; log?: (line: string) => void } = {},
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let peak = 0;
    let output = "";
    const timer = setInterval(() => {
      if (child.pid) void treeRssBytes(child.pid).then((bytes) => (peak = Math.max(peak, bytes)));
    }, 250);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.log) for (const line of chunk.toString().split("\n")) if (line.trim()) options.log(line);
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

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
