import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_REVIEW_SECRET } from "../../tooling/e2e-content";
import { expect, test } from "./fixtures";

// `npm run dev` as an author uses it: drafts visible, a saved edit shown on reload, no restart.
const PORT = Number(process.env.E2E_DEV_PORT || 3230);
const BASE = `http://127.0.0.1:${PORT}`;
const LOG = ".build/dev-server.log";
// A scratch copy of the end-to-end content, outside any dot-directory (the content watcher skips those).
let content = "";
/** os.tmpdir(), unless TMPDIR points inside the project (a CI's <checkout>/.tmp, say), where edits go unwatched. */
function scratchParent(): string {
  const inProject = !path.relative(process.cwd(), os.tmpdir()).startsWith("..");
  return inProject ? "/tmp" : os.tmpdir();
}
let server: ChildProcess | undefined;
// What the server said about content and compiling (not requests, not the browser's forwarded warnings).
const serverLog = () =>
  readFileSync(LOG, "utf8")
    .split("\n")
    .filter((line) => /content:|ompil|rror|⨯|warn/i.test(line) && !/^\s*(GET|HEAD) \/|\[browser\]/.test(line))
    .join("\n")
    .slice(-4000);

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  // A server left on the port would answer instead of ours, serving some other content directory.
  const taken = await fetch(`${BASE}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is already in use: stop whatever serves ${BASE}`);
  content = mkdtempSync(path.join(scratchParent(), "operators-log-dev-content-"));
  cpSync(".build/e2e-content", content, { recursive: true });
  const log = openSync(LOG, "w");
  server = spawn("npx", ["next", "dev", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: {
      ...process.env,
      CONTENT_DIR: content,
      NEXT_DIST_DIR: ".build/dev",
      DATA_DIR: ".build/dev-data",
      OPERATORS_LOG_CONTENT_BUILT: "",
      OPERATORS_LOG_BUILD_CLOCK: "",
      REVIEW_SECRET: E2E_REVIEW_SECRET,
    },
    stdio: ["ignore", log, log],
    detached: true,
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/`)).status === 200) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("next dev did not start");
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGKILL"); // next dev's workers rename themselves: end the group
  if (content) rmSync(content, { recursive: true, force: true });
});

test("the dev server shows drafts", async ({ page }) => {
  const response = await page.goto(`${BASE}/log/unpublished-draft`);
  expect(response?.status()).toBe(200);
  await expect(page.locator(".draft-banner")).toBeVisible();
});

test("the dev server shows a scheduled post, marked with its time", async ({ page }) => {
  const response = await page.goto(`${BASE}/log/scheduled-part-three`);
  expect(response?.status()).toBe(200);
  await expect(page.locator(".draft-banner")).toHaveText(/^Scheduled for 1 June 2099 at 08:00 \(UTC\)/);
});

test("the dev server converts a figure on request", async ({ page, request }) => {
  await page.goto(`${BASE}/log/figures-in-practice`);
  const src = await page.locator(".post-body picture source").first().getAttribute("srcset");
  const response = await request.get(`${BASE}${src!.split(" ")[0]}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/avif");
});

test("a saved edit to a post shows on reload, without a restart", async ({ browser }) => {
  // The page as the server renders it, without JavaScript: the dev server's hot reload and hydration are not
  // what this is about, and their full reloads would race the test's own.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/log/deploiement-sans-racine`);
  await expect(page.locator("h1")).toHaveText(/Déploiement sans racine/);
  const post = `${content}/posts/deploiement-sans-racine.mdx`;
  const original = readFileSync(post, "utf8");
  const edited = original.replace(/^title: .*$/m, 'title: "Edited while the server runs"');
  const shows = (timeout: number) =>
    expect(async () => {
      await page.reload();
      expect(await page.locator("h1").textContent(), serverLog()).toBe("Edited while the server runs");
    }).toPass({ timeout });
  writeFileSync(post, edited);
  try {
    await shows(20_000);
  } catch {
    // An author saves again when a change does not show; if that shows it, the first file event was lost,
    // which is said here so that it is seen, but is not the failure this test is for.
    console.warn(`dev-server: the first save did not show in 20 s; saving again. Server said:\n${serverLog()}`);
    writeFileSync(post, `${edited}\n`);
    await shows(40_000);
  }
  await context.close();
});
