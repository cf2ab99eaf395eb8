// A deploy root for the deploy test and bench:deploy: the layout the README's first-deploy steps make (a data
// directory of mode 0700 and an environment file of mode 0600), in a temporary folder owned by an unprivileged
// user (nobody, when we are root), with the restart command that plays systemd's part (restart-release.ts).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stopGroup } from "./stop-group";

export type TrialRoot = { root: string; user: string; base: string; restartCmd: string; stop: () => Promise<void> };

export function makeTrialRoot(port: number, extraEnv: Record<string, string> = {}): TrialRoot {
  const root = mkdtempSync(path.join(os.tmpdir(), "operators-log-deploy-"));
  const user = process.getuid?.() === 0 ? "nobody" : os.userInfo().username;
  const base = `http://127.0.0.1:${port}`;
  chmodSync(root, 0o755);
  mkdirSync(path.join(root, "data"), { mode: 0o700 });
  const env = { SITE_URL: base, PORT: String(port), DATA_DIR: path.join(root, "data"), ...extraEnv };
  const lines = Object.entries(env).map(([key, value]) => `${key}=${value}\n`);
  writeFileSync(path.join(root, "operators-log.env"), lines.join(""), { mode: 0o600 });
  if (process.getuid?.() === 0) spawnSync("chown", ["-R", `${user}:`, root]);
  /** Stops the running release (its whole process group) and waits until it is gone and its store is free. */
  const stop = async () => {
    const pidFile = path.join(root, "service.pid");
    if (existsSync(pidFile)) await stopGroup(Number(readFileSync(pidFile, "utf8")), 0);
  };
  return { root, user, base, restartCmd: `npx tsx tooling/deploy/restart-release.ts ${root} ${user}`, stop };
}
