// npm run deploy [-- --root /home/operators-log --user U --restart-cmd "…" --health-url URL --timeout S --keep N]
//                [-- --rollback | --if-due] [-- --release-from DIR] [-- --allow-http]
// Builds a release, installs it beside the others, checks it with the doctor as the service user, switches
// `current` atomically, restarts the service, waits for /api/health and smoke-tests it. A failing step puts the
// previous good release back and exits non-zero naming the step and what is left running (README, Deployment).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SCHEDULE_FILE, type Schedule } from "@/features/artefacts/schedule";
import { acquireLock, describeHolder, StoreLockedError } from "@/lib/db/lock";
import { buildRelease } from "./build-standalone";
import { layoutOf, liveRelease, previousGood, prune, record, releaseName, switchTo } from "./deploy/releases";
import { serviceEnvironment } from "./deploy/service-env";
import { lookUpUser, ownerOf, restartService, runAs, waitHealthy, type ServiceUser } from "./deploy/steps";
import { checkSite } from "./site-checks";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: "/home/operators-log" },
    user: { type: "string" },
    "restart-cmd": { type: "string", default: "systemctl restart operators-log" },
    "health-url": { type: "string", default: "http://127.0.0.1:3000" },
    timeout: { type: "string", default: "60" },
    keep: { type: "string", default: "5" },
    unit: { type: "string", default: "deploy/operators-log.service" },
    "release-from": { type: "string" },
    "allow-http": { type: "boolean", default: false },
    rollback: { type: "boolean", default: false },
    "if-due": { type: "boolean", default: false },
    now: { type: "string" },
  },
});

const layout = layoutOf(path.resolve(values.root));
const timeout = Number(values.timeout);
const keep = Math.max(2, Number(values.keep));
const started = Date.now();
const stamp = () => new Date().toISOString().slice(11, 19);
const log = (line: string) => console.log(`[${stamp()}] deploy: ${line}`);

class StepFailed extends Error {
  constructor(
    readonly step: string,
    cause: Error,
  ) {
    super(`${step} failed: ${cause.message}`);
  }
}

/** One numbered step, printed with its time; its failure is named by the step. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const t0 = Date.now();
  log(`${name} …`);
  try {
    const result = await run();
    log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    throw new StepFailed(name, error as Error);
  }
}

/** The release's own distDir (the unit's NEXT_DIST_DIR), where its build output and schedule live. */
function distDirOf(env: Record<string, string>): string {
  return env.NEXT_DIST_DIR || ".build/release";
}

function envFor(user: ServiceUser): Record<string, string> {
  const service = serviceEnvironment(values.unit, path.join(layout.root, "operators-log.env"));
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: layout.root, USER: user.name, ...service };
}

/** Restart on `release` and wait until it is healthy; the smoke test too when `smoke`. */
async function goLive(release: string, smoke: boolean, label: (n: number) => string) {
  await step(`${label(4)} switch current → releases/${release}`, () => switchTo(layout, release));
  await step(`${label(5)} restart (${values["restart-cmd"]})`, () => restartService(values["restart-cmd"]));
  await step(`${label(6)} wait for /api/health at ${values["health-url"]}`, () =>
    waitHealthy(values["health-url"], timeout),
  );
  if (!smoke) return;
  await step(`${label(7)} smoke test ${values["health-url"]}`, async () => {
    const report = await checkSite(values["health-url"]);
    if (report.failures.length > 0) throw new Error(report.failures.slice(0, 5).join("; "));
  });
}

/** Put the previous good release back after `failed` did not pass; returns what is left running, in words. */
async function rollBack(failed: string, previous: string | undefined): Promise<string> {
  record(layout, { release: failed, outcome: "failed" });
  if (!previous) return "no previous release to return to: nothing healthy is running";
  log(`rolling back to ${previous} …`);
  try {
    await goLive(previous, false, () => "rollback:");
    return `${previous} is running again`;
  } catch (error) {
    return `the rollback to ${previous} failed too (${(error as Error).message}): check the service now`;
  }
}

function gitSha(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "nogit";
  }
}

async function deploy(user: ServiceUser): Promise<number> {
  const running = liveRelease(layout);
  // What a failure returns to: the newest release that went live and passed (the running one, as a rule).
  const previous = previousGood(layout, undefined);
  const env = envFor(user);
  let name = releaseName(new Date(), gitSha());
  while (existsSync(path.join(layout.releases, name))) name = `${name}-2`;
  const target = path.join(layout.releases, name);
  try {
    const bundle = await step("1/7 build the release", async () => {
      if (values["release-from"]) return path.resolve(values["release-from"]);
      const siteUrl = process.env.SITE_URL ?? "";
      if (!siteUrl.startsWith("https://") && !values["allow-http"]) {
        throw new Error(`SITE_URL is "${siteUrl}", not https://: set it to the public address, or pass --allow-http`);
      }
      return buildRelease();
    });
    await step(`2/7 install as releases/${name} (owner ${user.name})`, () => {
      mkdirSync(layout.releases, { recursive: true });
      cpSync(bundle, target, { recursive: true, verbatimSymlinks: true });
      // The build cache the unit may write to: every release has it, so no unit path is ever missing.
      mkdirSync(path.join(target, distDirOf(env), "cache"), { recursive: true });
      if (process.getuid?.() !== user.uid) execFileSync("chown", ["-R", `${user.uid}:${user.gid}`, target]);
    });
    await step(`3/7 doctor as ${user.name}, with the service's environment`, () => {
      const args = ["ops/doctor.mjs", "--before-switch", ...(values["allow-http"] ? ["--allow-http"] : [])];
      const run = runAs(user, process.execPath, args, { cwd: target, env });
      if (run.status !== 0)
        throw new Error(
          run.output
            .trim()
            .split("\n")
            .filter((l) => !l.startsWith("✓"))
            .join("; "),
        );
    });
  } catch (error) {
    if (existsSync(target)) record(layout, { release: name, outcome: "failed", step: (error as StepFailed).step });
    log(`✗ ${(error as Error).message}`);
    log(`nothing was switched: ${running ?? "no release"} is left running`);
    return 1;
  }
  try {
    await goLive(name, true, (n) => `${n}/7`);
  } catch (error) {
    const left = await rollBack(name, previous);
    log(`✗ ${(error as Error).message}`);
    log(`release ${name} was not kept live: ${left}`);
    return 1;
  }
  record(layout, { release: name, outcome: "live" });
  const removed = prune(layout, keep);
  log(
    `${name} is live (${((Date.now() - started) / 1000).toFixed(1)} s)` +
      (removed.length ? `; removed ${removed.join(", ")}` : ""),
  );
  return 0;
}

async function rollbackCommand(): Promise<number> {
  const running = liveRelease(layout);
  const previous = previousGood(layout, running);
  if (!running || !previous) {
    log(`✗ no previous release to roll back to (running: ${running ?? "none"})`);
    return 1;
  }
  try {
    await goLive(previous, true, (n) => `rollback ${n - 3}/4`);
  } catch (error) {
    log(`✗ ${(error as Error).message}`);
    const back = await rollBack(previous, running);
    log(`the rollback did not pass: ${back}`);
    return 1;
  }
  record(layout, { release: running, outcome: "rolled back" });
  log(`rolled back from ${running}: ${previous} is live`);
  return 0;
}

/** --if-due: deploy only when the running release's next scheduled post is due (its schedule.json). */
function isDue(user: ServiceUser): boolean {
  const now = values.now ? new Date(values.now) : new Date();
  const file = path.join(layout.current, distDirOf(envFor(user)), "artefacts", SCHEDULE_FILE);
  if (!existsSync(layout.current)) return true;
  let schedule: Schedule;
  try {
    schedule = JSON.parse(readFileSync(file, "utf8")) as Schedule;
  } catch {
    log(`no schedule in the running release (${file}): deploying`);
    return true;
  }
  if (schedule.nextDueAt && Date.parse(schedule.nextDueAt) <= now.getTime()) {
    log(`${schedule.scheduled[0]?.slug ?? "a post"} was due at ${schedule.nextDueAt}: deploying`);
    return true;
  }
  log(`nothing due at ${now.toISOString()} (next: ${schedule.nextDueAt ?? "no post is scheduled"})`);
  return false;
}

async function main(): Promise<number> {
  mkdirSync(layout.root, { recursive: true });
  const user = values.user ? lookUpUser(values.user) : ownerOf(layout.root);
  try {
    acquireLock(layout.lock);
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    log(`✗ another deploy is running: ${describeHolder(error.holder)} (lock ${layout.lock})`);
    return 3;
  }
  if (values.rollback) return rollbackCommand();
  if (values["if-due"] && !isDue(user)) return 0;
  return deploy(user);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    log(`✗ ${error.message}`);
    process.exit(2);
  },
);
