// npm run verify
// The production build checked like live: build once with sentinel secrets, serve it on 127.0.0.1, then check
// every page in the sitemap (status, links, images, headers, feeds, API), HTML validity with the W3C Nu checker,
// axe-core in light and dark, and that no server-only value reached a file under .next/static.
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { buildSite } from "./build-site";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { checkSite } from "./site-checks";
import { startNextServer, stopNextServer } from "./next-server";

const PORT = Number(process.env.VERIFY_PORT || 3460);
const BASE = `http://127.0.0.1:${PORT}`;
const failures: string[] = [];
const fail = (line: string) => {
  failures.push(line);
  console.log(`✗ ${line}`);
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function serve(distDir: string, dataDir: string) {
  return startNextServer({ port: PORT, distDir, env: { SITE_URL: BASE, DATA_DIR: dataDir }, readyPath: "/api/health" });
}

function validateHtml(pages: Map<string, string>) {
  console.log(`verify: W3C Nu HTML Checker on ${pages.size} pages …`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "verify-html-"));
  const files = [...pages].map(([url, html], i) => {
    const file = path.join(dir, `${i}.html`);
    writeFileSync(file, html);
    return { file, url };
  });
  const jar = createRequire(import.meta.url)("vnu-jar") as string;
  const result = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...files.map((f) => f.file)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    fail(`HTML validation could not run: ${result.error.message} (is Java installed?)`);
    return;
  }
  const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string; lastLine?: number }[];
  };
  for (const m of report.messages.filter((m) => m.type === "error")) {
    const url = files.find((f) => m.url.endsWith(path.basename(f.file)))?.url ?? m.url;
    fail(`${url}: HTML error (line ${m.lastLine ?? "?"}): ${m.message}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

async function axe(urls: string[]) {
  console.log(`verify: axe-core on ${urls.length} pages, light and dark …`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations)
          fail(`${url} (${colorScheme}): axe ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const mark = randomBytes(6).toString("hex");
  const sentinels = {
    HUBSPOT_PORTAL_ID: "424242",
    HUBSPOT_FORM_ID: `sentinel-form-${mark}`,
    HUBSPOT_ACCESS_TOKEN: `sentinel-hubspot-token-${mark}`,
    CRM_WEBHOOK_URL: `http://127.0.0.1:9/sentinel-webhook-${mark}`,
    CRM_WEBHOOK_SECRET: `sentinel-webhook-secret-${mark}`,
    DATABASE_URL: `postgres://sentinel:sentinel-db-password-${mark}@127.0.0.1:9/sentinel`,
    ENQUIRY_TOKEN_SECRET: `sentinel-token-secret-${mark}`,
  };
  console.log("verify: production build with sentinel secrets …");
  const { distDir } = await buildSite({ name: "verify", env: { ...sentinels, SITE_URL: BASE } });

  const staticFiles = filesUnder(path.join(distDir, "static"));
  console.log(`verify: looking for server-only values in ${staticFiles.length} files under ${distDir}/static …`);
  for (const file of staticFiles) {
    const text = readFileSync(file, "latin1");
    for (const [name, value] of Object.entries(sentinels)) {
      if (name !== "HUBSPOT_PORTAL_ID" && text.includes(value)) fail(`${file}: contains the value of ${name}`);
    }
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "verify-data-"));
  const server = await serve(distDir, dataDir);
  try {
    console.log(`verify: crawling ${BASE} …`);
    const report = await checkSite(BASE, { log: (line) => line.startsWith("✗") && console.log(line) });
    failures.push(...report.failures);
    validateHtml(report.pages);
    await axe([...report.pages.keys()]);
    console.log(`verify: ${report.pages.size} pages, ${report.checked} requests`);
  } finally {
    await stopNextServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(failures.length === 0 ? "verify: all checks passed" : `verify: ${failures.length} failure(s)`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
