import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster on a loopback port, for tests. PostgreSQL
 * refuses to run as root, so as root the cluster runs as the `postgres` user.
 */
export type TestCluster = { url: string; port: number; stop: () => void };

function findBin(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort().reverse()) {
      const candidate = path.join(debian, version, "bin", name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresUnavailableReason(): string | undefined {
  if (!findBin("initdb") || !findBin("pg_ctl")) return "initdb/pg_ctl not found on PATH or under /usr/lib/postgresql";
  if (process.getuid?.() === 0 && spawnSync("id", ["postgres"]).status !== 0)
    return "running as root and there is no postgres user";
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startTestCluster(): Promise<TestCluster> {
  const initdb = findBin("initdb")!;
  const pgCtl = findBin("pg_ctl")!;
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", bin, ...args], { stdio: "pipe" })
      : execFileSync(bin, args, { stdio: "pipe" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "operators-log-pg-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  const port = await freePort();
  run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  run(pgCtl, [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh, empty database in the cluster (one per test suite keeps suites independent). */
export async function createDatabase(cluster: TestCluster, name: string): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}
