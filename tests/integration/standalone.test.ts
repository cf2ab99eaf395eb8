import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_ONLY_PACKAGES } from "@/lib/build-only-packages.mjs";
import { buildRelease } from "@/tooling/build-standalone";
import { buildDir } from "@/tooling/build-site";

/**
 * The deployable bundle: built here, copied to another directory, the build
 * folder moved away, and started as an unprivileged user. It must serve a post
 * and the enquiry endpoint — nothing may depend on where it was built.
 */
const DIST = buildDir("release-test");
const MOVED = `${DIST}-moved`;
const PORT = 3470;
const LAUNCH_PATH = "/log/what-looks-correct-vs-what-actually-works";
const BASE = `http://127.0.0.1:${PORT}`;
const asRoot = process.getuid?.() === 0;
const runAs = asRoot ? "nobody" : os.userInfo().username;

let root: string;
let server: ReturnType<typeof spawn> | undefined;
let output = "";
let bakedPaths = "";
let app: string;
let env: NodeJS.ProcessEnv;

/** Run a command of the release (node …) as the service user, from the release directory. */
function runInRelease(args: string[], extraEnv: Record<string, string> = {}) {
  const [command, ...rest] = asRoot
    ? ["runuser", "-u", runAs, "--", process.execPath, ...args]
    : [process.execPath, ...args];
  return spawnSync(command!, rest, { cwd: app, env: { ...env, ...extraEnv }, encoding: "utf8", timeout: 60_000 });
}

beforeAll(async () => {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(MOVED, { recursive: true, force: true });
  const bundle = await buildRelease("release-test");

  root = mkdtempSync(path.join(os.tmpdir(), "operators-log-release-"));
  chmodSync(root, 0o755);
  app = path.join(root, "releases", "v1");
  mkdirSync(path.dirname(app), { recursive: true });
  cpSync(bundle, app, { recursive: true, verbatimSymlinks: true });
  mkdirSync(path.join(root, "data"));
  if (asRoot) execFileSync("chown", ["-R", `${runAs}:`, root]);
  renameSync(DIST, MOVED); // the checkout's build output is gone while the release runs
  // Next echoes the build root itself in its config (outputFileTracingRoot, turbopack root, appDir); the server
  // never reads files through those. A path to a file inside the checkout would break once the release moves.
  bakedPaths = spawnSync("grep", ["-rlF", "--exclude-dir=node_modules", `${process.cwd()}/`, app], {
    encoding: "utf8",
  }).stdout.trim();

  env = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    HOSTNAME: "127.0.0.1",
    PORT: String(PORT),
    DATA_DIR: path.join(root, "data"),
    SITE_URL: BASE,
    HEALTH_TOKEN: "release-health-token-0123456789",
  };
  const command = asRoot ? "runuser" : process.execPath;
  const args = asRoot ? ["-u", runAs, "--", process.execPath, "server.js"] : ["server.js"];
  // Its own process group, so that stopping it also stops the node that runuser started.
  const child = spawn(command, args, { cwd: app, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  server = child;
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).status === 200) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the standalone server did not start:\n${output}`);
}, 240_000);

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (existsSync(MOVED)) rmSync(MOVED, { recursive: true, force: true });
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`the standalone bundle, run as ${runAs} from another directory`, () => {
  it("names no file inside the checkout it was built in", () => {
    expect(bakedPaths, bakedPaths).toBe("");
  });

  it("serves the launch post with its styles and share image", async () => {
    const response = await fetch(`${BASE}${LAUNCH_PATH}`);
    expect(response.status, output).toBe(200);
    const html = await response.text();
    expect(html).toContain("Three surfaces, one gap");
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    expect((await fetch(new URL(css!, BASE))).status).toBe(200);
    const image = await fetch(`${BASE}${LAUNCH_PATH}/opengraph-image`);
    expect(image.headers.get("content-type")).toBe("image/png");
    const feed = await fetch(`${BASE}/feed.xml`);
    expect(feed.status).toBe(200);
    // Absolute URLs come from SITE_URL at build time; this release was built without one.
    expect(await feed.text()).toContain(
      "<link>http://localhost:3000/log/what-looks-correct-vs-what-actually-works</link>",
    );
  });

  it("stores enquiries in its data directory as that user, and refuses bad ones", async () => {
    const empty = await fetch(`${BASE}/api/enquiry`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(empty.status).toBe(422);
    const health = (await (
      await fetch(`${BASE}/api/health`, { headers: { authorization: "Bearer release-health-token-0123456789" } })
    ).json()) as { storage: { driver: string } };
    expect(health.storage.driver).toBe("pglite");
    expect(existsSync(path.join(root, "data", "pglite"))).toBe(true);
    if (asRoot) {
      const owner = execFileSync("stat", ["-c", "%U", path.join(root, "data", "pglite")], { encoding: "utf8" }).trim();
      expect(owner).toBe(runAs);
    }
  });

  it("holds only what the server and the ops commands run: no tests, sources or build-only packages", () => {
    const files = spawnSync("find", [app, "-type", "f"], { encoding: "utf8" }).stdout.trim().split("\n");
    const inRelease = files.map((file) => path.relative(app, file));
    const bytes = Number(spawnSync("du", ["-sb", app], { encoding: "utf8" }).stdout.split("\t")[0]);
    const modules = (name: string) => inRelease.filter((file) => file.startsWith(`node_modules/${name}/`)).length;
    console.log(
      `release: ${inRelease.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB` +
        ` (node_modules ${inRelease.filter((f) => f.startsWith("node_modules/")).length} files)`,
    );
    expect(inRelease.filter((file) => /(^|\/)tests?\//.test(file) && !file.startsWith("node_modules/"))).toEqual([]);
    expect(inRelease.filter((file) => /\.(tsx?|mdx)$/.test(file) && !file.endsWith(".d.ts"))).toEqual([]);
    expect(inRelease.filter((file) => /-snapshots\//.test(file))).toEqual([]);
    for (const name of BUILD_ONLY_PACKAGES) expect(modules(name), name).toBe(0);
    expect(bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it("ships no .env file", () => {
    expect(spawnSync("find", [app, "-maxdepth", "1", "-name", ".env*"], { encoding: "utf8" }).stdout.trim()).toBe("");
  });

  it("runs the ops commands (doctor, enquiries, deliver, stats) from the release as that user", async () => {
    // A reader's view, for `stats` to report once the server has stopped.
    const view = await fetch(`${BASE}/api/view`, {
      method: "POST",
      headers: {
        "content-type": "text/plain;charset=UTF-8",
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/153.0",
      },
      body: JSON.stringify({ path: LAUNCH_PATH, referrer: "https://news.example/", utm: null }),
    });
    expect(view.status).toBe(204);
    // This release serves plain http on loopback: in production the doctor refuses that, naming SITE_URL.
    const refused = runInRelease(["ops/doctor.mjs", "--fast"]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("✗ SITE_URL: http://127.0.0.1:3470 is not https://");
    // While the server runs, it holds the embedded store: a second start would fail, and the doctor says so first.
    const held = runInRelease(["ops/doctor.mjs", "--fast"], { SITE_URL: "https://log.example.com" });
    expect(held.status).toBe(1);
    expect(held.stdout).toMatch(/✗ Embedded store: in use by process \d+/);
    // The embedded store admits one process: stop the server, then the commands own it.
    process.kill(-server!.pid!, "SIGTERM");
    await new Promise((resolve) => server!.once("close", resolve));
    const doctor = runInRelease(["ops/doctor.mjs", "--fast"], { SITE_URL: "https://log.example.com" });
    expect(doctor.status, doctor.stdout + doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/✓ Node\.js: v24\./);
    expect(doctor.stdout).toContain(`✓ Data directory: ${path.join(root, "data")}: ${runAs}`);
    const listed = runInRelease(["ops/enquiries.mjs", "list"]);
    expect(listed.status, listed.stdout + listed.stderr).toBe(0);
    // No CRM is configured for this release: deliver says so and fails, which proves it ran against the store.
    const delivered = runInRelease(["ops/deliver.mjs"]);
    expect(delivered.stderr).toContain("no CRM configured");
    const unknown = runInRelease(["ops/enquiries.mjs", "frobnicate"]);
    expect(unknown.status).not.toBe(0);
    const stats = runInRelease(["ops/stats.mjs", "--since", "1d", "--json"]);
    expect(stats.status, stats.stdout + stats.stderr).toBe(0);
    const report = JSON.parse(stats.stdout) as {
      pages: { path: string; views: number }[];
      sources: { source: string }[];
    };
    expect(report.pages.find((p) => p.path === LAUNCH_PATH)?.views).toBe(1);
    expect(report.sources.map((s) => s.source)).toEqual(["news.example"]);
  });
});
