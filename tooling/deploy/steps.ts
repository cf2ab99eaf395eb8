// The deploy's steps that touch the machine: run a command (as the service user when we are root), wait for
// the health check. Each throws an Error whose message says what went wrong, for the step that called it.
import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { userInfo } from "node:os";

export type ServiceUser = { name: string; uid: number; gid: number };

/** The owner of `root` (the default service user), by name. */
export function ownerOf(dir: string): ServiceUser {
  const { uid, gid } = statSync(dir);
  if (uid === process.getuid?.()) return { name: userInfo().username, uid, gid };
  const name = execFileSync("id", ["-nu", String(uid)], { encoding: "utf8" }).trim();
  return { name, uid, gid };
}

export function lookUpUser(name: string): ServiceUser {
  const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
  return { name, uid, gid };
}

/** Run as the service user: directly when we are that user, through runuser when we are root. */
export function runAs(
  user: ServiceUser,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs?: number },
): { status: number | null; output: string } {
  const me = process.getuid?.();
  if (me !== user.uid && me !== 0) {
    throw new Error(`running as uid ${me}: deploy as ${user.name} or as root, which can act as ${user.name}`);
  }
  const [file, argv] = me === user.uid ? [command, args] : ["runuser", ["-u", user.name, "--", command, ...args]];
  const run = spawnSync(file, argv, {
    cwd: options.cwd,
    env: options.env as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 120_000,
  });
  return { status: run.status, output: `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? run.error.message : ""}` };
}

/** The operator's restart command (systemctl restart operators-log, or the test's), through the shell. */
export function restartService(command: string): void {
  const run = spawnSync("sh", ["-c", command], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) {
    throw new Error(
      `\`${command}\` exited ${run.status ?? run.signal}: ${`${run.stdout}${run.stderr}`.trim().slice(-400)}`,
    );
  }
}

/** Polls /api/health until it answers {"status":"ok"}; the last answer (or error) is the failure's reason. */
export async function waitHealthy(healthUrl: string, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL("/api/health", healthUrl), { signal: AbortSignal.timeout(3_000) });
      const body = await response.text();
      if (response.ok && (JSON.parse(body) as { status?: string }).status === "ok") return;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`/api/health at ${healthUrl} was not ok within ${timeoutSeconds} s (last answer: ${last})`);
}
