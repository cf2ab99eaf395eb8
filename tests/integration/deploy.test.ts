import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTrialRoot, type TrialRoot } from "@/tooling/deploy/trial-root";

/**
 * `npm run deploy` end to end, against a temporary root owned by an unprivileged user (nobody, when the tests
 * run as root), with a restart command that stops the running release and starts the new one as the unit does
 * (tooling/deploy/restart-release.ts). The first deploy builds the release; the others install copies of it,
 * some broken on purpose.
 */
const PORT = 3480;
const BASE = `http://127.0.0.1:${PORT}`;
const asRoot = process.getuid?.() === 0;
const POST = "/log/what-looks-correct-vs-what-actually-works";

let trial: TrialRoot;
let root: string;
let user: string;
let variants: string;

type Run = { status: number | null; output: string };

function deployArgs(extra: string[]): string[] {
  const restart = trial.restartCmd;
  return [
    "tsx",
    "tooling/deploy.ts",
    "--root",
    root,
    "--restart-cmd",
    restart,
    "--health-url",
    BASE,
    "--timeout",
    "25",
    "--allow-http",
    ...extra,
  ];
}

function deploy(...extra: string[]): Run {
  const run = spawnSync("npx", deployArgs(extra), {
    encoding: "utf8",
    env: { ...process.env, SITE_URL: BASE },
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const current = () => path.basename(readlinkSync(path.join(root, "current")));
const releases = () => readdirSync(path.join(root, "releases")).filter((name) => !name.endsWith(".json"));
/** The post's status, on a fresh connection: a kept-alive one may lead to the server the deploy just stopped. */
const serves = () =>
  new Promise<number>((resolve, reject) => {
    get(`${BASE}${POST}`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });

/** A copy of the first release with one file replaced: the way a broken build would arrive. */
function variant(name: string, file: string, text: string): string {
  const dir = path.join(variants, name);
  cpSync(path.join(root, "releases", releases().sort()[0]!), dir, { recursive: true, verbatimSymlinks: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

beforeAll(() => {
  trial = makeTrialRoot(PORT, { HEALTH_TOKEN: "deploy-test-token-0123456789" });
  ({ root, user } = trial);
  variants = mkdtempSync(path.join(os.tmpdir(), "operators-log-variants-"));
});

afterAll(async () => {
  await trial.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(variants, { recursive: true, force: true });
});

describe(`npm run deploy, as root for an unprivileged user`, { timeout: 600_000 }, () => {
  it("refuses to build for a SITE_URL that is not https without --allow-http, before touching anything", () => {
    const args = deployArgs([]).filter((arg) => arg !== "--allow-http");
    const run = spawnSync("npx", args, { encoding: "utf8", env: { ...process.env, SITE_URL: BASE } });
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain(`1/7 build the release failed: SITE_URL is "${BASE}", not https://`);
    expect(existsSync(path.join(root, "current"))).toBe(false);
  });

  it("deploys from nothing: builds, installs, checks, switches, restarts, and the site serves", async () => {
    const run = deploy();
    expect(run.status, run.output).toBe(0);
    for (const step of [
      "1/7 build",
      "2/7 install",
      "3/7 doctor",
      "4/7 switch",
      "5/7 restart",
      "6/7 wait",
      "7/7 smoke",
    ]) {
      expect(run.output).toMatch(new RegExp(`\\[\\d\\d:\\d\\d:\\d\\d\\] deploy: ✓ ${step}.* \\(\\d+\\.\\d s\\)`));
    }
    expect(current()).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]+$/);
    expect(await serves()).toBe(200);
    const empty = await fetch(`${BASE}/api/enquiry`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, connection: "close" },
      body: "{}",
    });
    expect(empty.status).toBe(422);
    if (asRoot)
      expect(
        spawnSync("stat", ["-c", "%U", path.join(root, "releases", current())])
          .stdout.toString()
          .trim(),
      ).toBe(user);
  });

  it("switches on a second deploy and keeps the first", async () => {
    const first = current();
    const run = deploy("--release-from", path.join(root, "releases", first));
    expect(run.status, run.output).toBe(0);
    expect(current()).not.toBe(first);
    expect(releases()).toContain(first);
    expect(await serves()).toBe(200);
  });

  it("keeps the running release when the new one fails its doctor, naming the step", async () => {
    const before = current();
    const broken = variant(
      "doctor",
      "ops/doctor.mjs",
      'console.log("✗ Test: this release is refused"); process.exit(1);\n',
    );
    const run = deploy("--release-from", broken);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/✗ 3\/7 doctor .* failed: ✗ Test: this release is refused/);
    expect(run.output).toContain(`nothing was switched: ${before} is left running`);
    expect(current()).toBe(before);
    expect(await serves()).toBe(200);
  });

  it("rolls back a release that crashes at start", async () => {
    const before = current();
    const run = deploy("--release-from", variant("crash", "server.js", "process.exit(1);\n"));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/✗ 6\/7 wait for \/api\/health .* failed/);
    expect(run.output).toContain(`${before} is running again`);
    expect(current()).toBe(before);
    expect(await serves()).toBe(200);
  });

  it("rolls back a release whose health stays degraded", async () => {
    const before = current();
    const degraded =
      'require("node:http").createServer((q, r) => r.writeHead(503, { "content-type": "application/json" })' +
      `.end('{"status":"degraded"}')).listen(${PORT}, "127.0.0.1");\n`;
    const run = deploy("--release-from", variant("degraded", "server.js", degraded));
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/6\/7 wait for \/api\/health .* failed: .*last answer: 503 \{"status":"degraded"\}/);
    expect(current()).toBe(before);
    expect(await serves()).toBe(200);
  });

  it("--rollback returns to the last release that went live, never to one that failed", async () => {
    const [first, second] = releases().sort();
    expect(current()).toBe(second);
    const run = deploy("--rollback");
    expect(run.status, run.output).toBe(0);
    expect(current()).toBe(first);
    expect(await serves()).toBe(200);
    const again = deploy("--rollback");
    expect(again.status).toBe(1);
    expect(again.output).toContain("no previous release to roll back to");
  });

  it("--keep N keeps the newest N, and never the running release or the one before it", async () => {
    const first = current();
    const run = deploy("--release-from", path.join(root, "releases", first), "--keep", "2");
    expect(run.status, run.output).toBe(0);
    const left = releases();
    expect(left).toContain(current());
    expect(left).toContain(first); // the one a rollback would return to
    expect(left).toHaveLength(3); // and the newest other one, whatever it was
  });

  it("--if-due does nothing before the running release's next due time, and deploys once it has passed", () => {
    const schedule = path.join(root, "current", ".build", "release", "artefacts", "schedule.json");
    const due = "2030-01-01T09:00:00.000Z";
    writeFileSync(
      schedule,
      JSON.stringify({
        clock: "2029-01-01T00:00:00.000Z",
        nextDueAt: due,
        scheduled: [{ slug: "x", publishedAt: due }],
      }),
    );
    const before = current();
    const ifDueAt = (now: string) =>
      deploy("--if-due", "--now", now, "--release-from", path.join(root, "releases", before));
    const early = ifDueAt("2030-01-01T08:59:00.000Z");
    expect(early.status, early.output).toBe(0);
    expect(early.output).toContain(`nothing due at 2030-01-01T08:59:00.000Z (next: ${due})`);
    expect(current()).toBe(before);
    const late = ifDueAt("2030-01-01T09:00:00.000Z");
    expect(late.status, late.output).toBe(0);
    expect(late.output).toContain(`x was due at ${due}: deploying`);
    expect(current()).not.toBe(before);
  });

  it("refuses a second deploy while one runs, naming the one that holds the lock", async () => {
    const slow = deployArgs(["--release-from", path.join(root, "releases", current())]);
    slow[slow.indexOf("--restart-cmd") + 1] = `sleep 3; ${slow[slow.indexOf("--restart-cmd") + 1]}`;
    const first = spawn("npx", slow, { env: { ...process.env, SITE_URL: BASE }, stdio: "ignore" });
    const done = new Promise<number | null>((resolve) => first.once("close", resolve));
    for (let i = 0; i < 100 && !existsSync(path.join(root, "deploy.lock")); i++)
      await new Promise((r) => setTimeout(r, 100));
    const second = deploy("--release-from", path.join(root, "releases", current()));
    expect(second.status).toBe(3);
    expect(second.output).toMatch(/another deploy is running: process \d+ \(.*deploy\.ts.*\) on .* since /);
    expect(await done).toBe(0);
  });
});
