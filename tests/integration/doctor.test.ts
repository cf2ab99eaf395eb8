import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/open";
import { FAKE_FORM_FIELDS, FAKE_WEBHOOK_SECRET, startFakeCrm } from "@/tooling/fake-crm";

const asRoot = process.getuid?.() === 0;
let tmp: string;
let crm: Awaited<ReturnType<typeof startFakeCrm>>;

/** Run the doctor as its own process; asynchronously, so the fake CRM in this process can answer it. */
function doctor(
  args: string[],
  env: Record<string, string>,
  user?: string,
): Promise<{ code: number | null; output: string }> {
  const base = [process.execPath, "node_modules/tsx/dist/cli.mjs", "ops/doctor.ts", ...args];
  const [command, ...rest] = user ? ["runuser", "-u", user, "--", ...base] : base;
  return new Promise((resolve) => {
    const childEnv = {
      PATH: process.env.PATH ?? "",
      HOME: tmp,
      NEXT_DIST_DIR: path.join(tmp, "dist"),
      ...env,
    } as unknown as NodeJS.ProcessEnv;
    const child = spawn(command!, rest, { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "operators-log-doctor-"));
  chmodSync(tmp, 0o755);
  crm = await startFakeCrm();
});
afterAll(async () => {
  await crm.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("npm run doctor", () => {
  it("fails when the data directory or a file of the store is open to group or others, naming path and mode", async () => {
    const open = path.join(tmp, "data-open");
    mkdirSync(open, { mode: 0o755 });
    chmodSync(open, 0o755);
    const first = await doctor(["--fast"], { DATA_DIR: open });
    expect(first.code).toBe(1);
    expect(first.output).toContain(`✗ Data directory modes: open to group or others: ${open} (mode 0755)`);
    chmodSync(open, 0o700);
    mkdirSync(path.join(open, "pglite"), { mode: 0o700 });
    writeFileSync(path.join(open, "pglite", "PG_VERSION"), "17\n", { mode: 0o644 });
    const second = await doctor(["--fast"], { DATA_DIR: open });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`open to group or others: ${path.join(open, "pglite", "PG_VERSION")} (mode 0644)`);
  });

  it("finds a store the server opened private, whatever modes PGlite asked for", async () => {
    const dir = path.join(tmp, "data-served");
    const db = await openPglite(dir);
    await db.query("create table t (x text)");
    await db.query("insert into t values ('a')");
    await db.close();
    const { code, output } = await doctor(["--fast"], { DATA_DIR: dir });
    expect(output).toMatch(/✓ Data directory modes: .*data-served: \d{3,} entries, none open to group or others/);
    expect(code, output).toBe(0);
  });

  it("passes on a sound runtime, database and CRMs included", async () => {
    const { code, output } = await doctor([], {
      DATA_DIR: path.join(tmp, "data-ok"),
      CRM_WEBHOOK_URL: `${crm.url}/webhook`,
      CRM_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
      HUBSPOT_PORTAL_ID: "1",
      HUBSPOT_FORM_ID: "f",
      HUBSPOT_ACCESS_TOKEN: "fake-hubspot-token",
      HUBSPOT_API_URL: crm.url,
      HUBSPOT_FORMS_API_URL: crm.formsUrl,
    });
    expect(output).toContain("✓ Node.js: v");
    expect(output).toMatch(/✓ Database: pglite at .*: reachable, migrations applied/);
    expect(output).toContain(
      "✓ CRM hubspot: enquiry form f: the token reads it, and its fields match what the site sends",
    );
    expect(output).toContain("✓ CRM webhook: HTTP 405 to HEAD");
    expect(output).not.toContain("✗");
    expect(code).toBe(0);
  });

  it("asks the form-definition host about each form, and says in words what is wrong", async () => {
    const hubspot = (extra: Record<string, string>) => ({
      DATA_DIR: path.join(tmp, "data-forms"),
      HUBSPOT_PORTAL_ID: "1",
      HUBSPOT_FORM_ID: "enquiries",
      HUBSPOT_NEWSLETTER_FORM_ID: "newsletter",
      HUBSPOT_ACCESS_TOKEN: "fake-hubspot-token",
      HUBSPOT_API_URL: crm.url,
      HUBSPOT_FORMS_API_URL: crm.formsUrl,
      ...extra,
    });
    // The submission host answers no form definitions: a doctor that asked it would say the form is missing.
    const wrongHost = await doctor([], hubspot({ HUBSPOT_FORMS_API_URL: crm.url }));
    expect(wrongHost.output).toContain("✗ CRM hubspot: enquiry form enquiries: no such form in this portal (HTTP 404)");

    crm.defineForm("newsletter", [
      { name: "email", required: true },
      { name: "lastname", required: true },
    ]);
    const both = await doctor([], hubspot({}));
    expect(both.output).toContain("enquiry form enquiries: the token reads it");
    expect(both.output).toContain("newsletter form newsletter: it requires lastname, which the site never sends");
    expect(both.output).toContain("warning: HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID is not set");
    expect(both.code).toBe(1);

    crm.defineForm("enquiries", "missing");
    crm.setHubSpotToken("rotated-token");
    const refused = await doctor([], hubspot({}));
    expect(refused.output).toContain("enquiry form enquiries: the token is refused (HTTP 401)");
    crm.setHubSpotToken("fake-hubspot-token");
    const gone = await doctor([], hubspot({}));
    expect(gone.output).toContain("enquiry form enquiries: no such form in this portal (HTTP 404)");
    crm.defineForm("enquiries", FAKE_FORM_FIELDS);
    crm.defineForm("newsletter", FAKE_FORM_FIELDS);
  });

  it("fails on an unreachable CRM, and --dry-run sends nothing", async () => {
    const env = {
      DATA_DIR: path.join(tmp, "data-crm"),
      CRM_WEBHOOK_URL: "http://127.0.0.1:9/hook",
      CRM_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
    };
    const live = await doctor([], env);
    expect(live.output).toMatch(/✗ CRM webhook: http:\/\/127\.0\.0\.1:9\/hook: /);
    expect(live.code).toBe(1);
    const dry = await doctor(["--dry-run"], env);
    expect(dry.output).toContain("✓ CRM webhook: configured (dry run: nothing sent)");
    expect(dry.code).toBe(0);
  });

  it("refuses production without an https SITE_URL", async () => {
    const { code, output } = await doctor(["--fast"], {
      NODE_ENV: "production",
      SITE_URL: "http://log.example.com",
      DATA_DIR: path.join(tmp, "data-prod"),
    });
    expect(output).toContain("✗ SITE_URL: http://log.example.com is not https://");
    expect(output).toContain("refusing to start");
    expect(code).toBe(1);
  });

  it("names a bad readership setting, and says whether /stats is on", async () => {
    const bad = await doctor(["--fast"], { DATA_DIR: path.join(tmp, "data-stats"), STATS_PASSWORD: "short" });
    expect(bad.output).toContain(
      "✗ Readership settings: Invalid readership configuration: STATS_PASSWORD: must be at least 12",
    );
    expect(bad.code).toBe(1);
    const off = await doctor(["--fast"], { DATA_DIR: path.join(tmp, "data-stats") });
    expect(off.output).toContain("✓ Readership settings: figures kept 400 days; /stats off (no STATS_PASSWORD)");
  });

  it("--fast (what npm start runs) fails while another live process holds the embedded store", async () => {
    const data = path.join(tmp, "data-held");
    mkdirSync(data, { recursive: true });
    const holder = { pid: process.pid, hostname: os.hostname(), command: "next start", since: "2026-11-25T10:00:00Z" };
    writeFileSync(path.join(data, "pglite.lock"), JSON.stringify(holder));
    const { code, output } = await doctor(["--fast"], { DATA_DIR: data });
    expect(output).toContain(`✗ Embedded store: in use by process ${process.pid} (next start) on ${os.hostname()}`);
    expect(code).toBe(1);
    // A lock left by a process that is gone is no obstacle.
    writeFileSync(path.join(data, "pglite.lock"), JSON.stringify({ ...holder, pid: 2 ** 22 + 12345 }));
    expect((await doctor(["--fast"], { DATA_DIR: data })).output).toContain("✓ Embedded store");
  });

  it.skipIf(!asRoot)("names the directory a non-root user cannot enter, with owner and mode", async () => {
    const locked = path.join(tmp, "locked");
    mkdirSync(path.join(locked, "inner"), { recursive: true });
    chmodSync(locked, 0o700);
    const { code, output } = await doctor(["--fast"], { DATA_DIR: path.join(locked, "inner", "data") }, "nobody");
    expect(output).toContain(
      `✗ Data directory: nobody (uid 65534) cannot enter ${locked} (owner uid 0 gid 0, mode 0700), on the way to ${path.join(locked, "inner", "data")}`,
    );
    expect(code).toBe(1);
  });
});
