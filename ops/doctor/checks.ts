import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { parseEnquiryConfig, type EnquiryConfig } from "@/features/enquiries/config";
import { openStore } from "@/features/enquiries/service";
import { parseReadershipConfig } from "@/features/readership/config";
import { currentHolder, describeHolder } from "@/lib/db/lock";
import { pendingMigrations } from "@/lib/db/migrations";
import { storeLockPath } from "@/lib/db/open";
import { entriesUnder, openToOthers } from "@/lib/db/private-files";

/** One line of the doctor's report. */
export type Check = { ok: boolean; label: string; detail: string };

// Node 24 LTS: Node 20 stopped receiving security fixes on 2026-04-30 (package.json "engines", .nvmrc).
const MIN_NODE_MAJOR = 24;

export function checkNode(version = process.versions.node): Check {
  const major = Number(version.split(".")[0]);
  const ok = major >= MIN_NODE_MAJOR;
  const fix = "run `source scripts/node24.sh` or install Node 24 LTS";
  return {
    ok,
    label: "Node.js",
    detail: ok
      ? `v${version}`
      : `v${version} is end-of-life or unsupported; this site needs ≥ ${MIN_NODE_MAJOR} (${fix})`,
  };
}

export function checkSiteUrl(env: Record<string, string | undefined>, allowHttp = false): Check {
  try {
    const { SITE_URL } = parseEnv(env);
    if (env.NODE_ENV === "production" && !env.SITE_URL) {
      return {
        ok: false,
        label: "SITE_URL",
        detail: "not set: feeds, canonical URLs and share images would point at http://localhost:3000",
      };
    }
    if (env.NODE_ENV === "production" && !SITE_URL.startsWith("https://") && !allowHttp) {
      return {
        ok: false,
        label: "SITE_URL",
        detail: `${SITE_URL} is not https:// (required when NODE_ENV=production)`,
      };
    }
    return { ok: true, label: "SITE_URL", detail: SITE_URL };
  } catch (error) {
    return { ok: false, label: "SITE_URL", detail: (error as Error).message.replace(/\s+/g, " ") };
  }
}

function describeDir(dir: string): string {
  try {
    const s = statSync(dir);
    return `owner uid ${s.uid} gid ${s.gid}, mode ${(s.mode & 0o7777).toString(8).padStart(4, "0")}`;
  } catch {
    return "unreadable";
  }
}

/**
 * Can the current user create, write and fsync a file in `dir`? When not,
 * name the first directory on the path it cannot enter, with owner and mode:
 * the usual cause when the service runs as a non-root user.
 */
export function checkWritableDir(label: string, dir: string, mode = 0o755): Check {
  const absolute = path.resolve(dir);
  const user = `${os.userInfo().username} (uid ${process.getuid?.() ?? "?"})`;
  const parts = absolute.split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of parts) {
    if (!existsSync(current)) break; // the rest will be created below, if the parent allows
    try {
      accessSync(current, constants.X_OK);
    } catch {
      return {
        ok: false,
        label,
        detail: `${user} cannot enter ${current} (${describeDir(current)}), on the way to ${absolute}`,
      };
    }
    current = path.join(current, part);
  }
  try {
    mkdirSync(absolute, { recursive: true, mode });
    const probe = path.join(absolute, `.doctor-${process.pid}`);
    const fd = openSync(probe, "w");
    writeSync(fd, "ok");
    fsyncSync(fd);
    closeSync(fd);
    rmSync(probe);
    return { ok: true, label, detail: `${absolute}: ${user} can create, write and fsync` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const existing = ((): string => {
      let d = absolute;
      while (d !== path.dirname(d)) {
        try {
          statSync(d);
          return d;
        } catch {
          d = path.dirname(d);
        }
      }
      return d;
    })();
    return {
      ok: false,
      label,
      detail: `${user} cannot write in ${absolute} (${code}); nearest existing directory ${existing}: ${describeDir(existing)}`,
    };
  }
}

export function checkConfig(env: Record<string, string | undefined>): { check: Check; config?: EnquiryConfig } {
  try {
    const config = parseEnquiryConfig(env);
    const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded store in ${config.dataDir}`;
    const crms = config.destinations.map((d) => d.name).join(" + ") || "no CRM (enquiries are stored, not delivered)";
    return { check: { ok: true, label: "Enquiry settings", detail: `${where}; ${crms}` }, config };
  } catch (error) {
    return { check: { ok: false, label: "Enquiry settings", detail: (error as Error).message.replace(/\s+/g, " ") } };
  }
}

export function checkReadershipConfig(env: Record<string, string | undefined>): Check {
  const label = "Readership settings";
  try {
    const config = parseReadershipConfig(env);
    const stats = config.STATS_PASSWORD ? "/stats on (STATS_PASSWORD set)" : "/stats off (no STATS_PASSWORD)";
    return { ok: true, label, detail: `figures kept ${config.ANALYTICS_RETENTION_DAYS} days; ${stats}` };
  } catch (error) {
    return { ok: false, label, detail: (error as Error).message.replace(/\s+/g, " ") };
  }
}

/** The embedded store takes one process: another server already on it means this one could not start. */
export function checkStoreFree(dataDir: string): Check {
  const lock = storeLockPath(dataDir);
  const holder = currentHolder(lock);
  if (!holder) return { ok: true, label: "Embedded store", detail: `${dataDir}: not in use by another process` };
  return {
    ok: false,
    label: "Embedded store",
    detail: `in use by ${describeHolder(holder)} (${lock}): stop it, or set DATABASE_URL`,
  };
}

const STORE_FILES_LISTED = 3;

/**
 * The embedded store holds every enquiry, every subscriber's address and the form-token secret: its directory
 * and every file in it must be closed to group and others. Names the first few that are not, with their modes.
 */
export function checkPrivateDataDir(dataDir: string): Check {
  const label = "Data directory modes";
  if (!existsSync(dataDir)) return { ok: true, label, detail: `${dataDir}: not created yet (it will be, mode 0700)` };
  const entries = [...entriesUnder(path.resolve(dataDir))];
  const seen = entries.length;
  const open = entries
    .filter(openToOthers)
    .map((entry) => `${entry.path} (mode ${(entry.mode & 0o7777).toString(8).padStart(4, "0")})`);
  if (open.length === 0)
    return { ok: true, label, detail: `${dataDir}: ${seen} entries, none open to group or others` };
  const listed = open.slice(0, STORE_FILES_LISTED).join(", ");
  const more = open.length > STORE_FILES_LISTED ? ` and ${open.length - STORE_FILES_LISTED} more` : "";
  return {
    ok: false,
    label,
    detail: `open to group or others: ${listed}${more}; run chmod -R go-rwx ${path.resolve(dataDir)}`,
  };
}

/**
 * Checks that take no network and open nothing: what `npm start` runs before serving. `storeMayBeHeld`: a
 * release checked before the switch, while the running server holds the embedded store.
 */
export function fastChecks(
  env: Record<string, string | undefined>,
  distDir = ".next",
  options: { storeMayBeHeld?: boolean; allowHttp?: boolean } = {},
): { checks: Check[]; config?: EnquiryConfig } {
  const { check, config } = checkConfig(env);
  const checks = [checkNode(), checkSiteUrl(env, options.allowHttp), check, checkReadershipConfig(env)];
  if (config && !config.DATABASE_URL) {
    // Created 0700 if it is not there yet, as the server creates it.
    checks.push(checkWritableDir("Data directory", config.dataDir, 0o700), checkPrivateDataDir(config.dataDir));
    if (!options.storeMayBeHeld) checks.push(checkStoreFree(config.dataDir));
  }
  checks.push(checkWritableDir("Build cache", path.join(distDir, "cache")));
  return { checks, config };
}

export async function checkDatabase(config: EnquiryConfig): Promise<Check> {
  const label = "Database";
  try {
    const db = await openStore(config); // opens and applies migrations
    try {
      const pending = await pendingMigrations(db);
      return pending.length === 0
        ? { ok: true, label, detail: `${db.driver} at ${db.location}: reachable, migrations applied` }
        : { ok: false, label, detail: `migrations not applied: ${pending.join(", ")}` };
    } finally {
      await db.close();
    }
  } catch (error) {
    return { ok: false, label, detail: (error as Error).message };
  }
}

export async function checkDestinations(config: EnquiryConfig, { dryRun }: { dryRun: boolean }): Promise<Check[]> {
  if (config.destinations.length === 0) {
    return [
      {
        ok: true,
        label: "CRM",
        detail: "none configured: enquiries are stored and listed by `npm run enquiries -- list`",
      },
    ];
  }
  return Promise.all(
    config.destinations.map(async (d): Promise<Check> => {
      const label = `CRM ${d.name}`;
      if (dryRun) return { ok: true, label, detail: "configured (dry run: nothing sent)" };
      if (!d.probe) return { ok: true, label, detail: "configured (no probe available)" };
      const result = await d.probe({ timeoutMs: 5_000 });
      return { ok: result.ok, label, detail: result.detail };
    }),
  );
}

export function formatChecks(checks: Check[]): string {
  return checks.map((c) => `${c.ok ? "✓" : "✗"} ${c.label}: ${c.detail}`).join("\n");
}
