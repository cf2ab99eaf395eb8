import { mkdirSync } from "node:fs";
import path from "node:path";
import { redactUrl, type Database, type Queryable } from "./database";
import { acquireLock } from "./lock";
import { keepPrivate } from "./private-files";

/** The lock file that names the one process using an embedded store. */
export const storeLockPath = (dataDir: string) => path.join(dataDir, "pglite.lock");

/** Embedded PostgreSQL (PGlite) in a directory; single process, guarded by a lock file. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Every enquiry, subscriber and the form-token secret live here: nothing in it is for other users.
  keepPrivate(dataDir);
  const dir = path.join(dataDir, "pglite");
  const release = acquireLock(storeLockPath(dataDir));
  const { PGlite } = await import("@electric-sql/pglite");
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  const asQueryable = (q: { query: typeof db.query }): Queryable => ({
    async query(sql, params) {
      return (await q.query(sql, params)).rows as never;
    },
  });
  return {
    driver: "pglite",
    location: dir,
    ...asQueryable(db),
    transaction: (fn) => db.transaction((tx) => fn(asQueryable(tx))),
    async exec(sql) {
      await db.exec(sql);
    },
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/** PostgreSQL through a connection pool; any number of processes may share it. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  await pool.query("SELECT 1"); // fail at open, with the cause, rather than on the first enquiry
  return {
    driver: "postgres",
    location: redactUrl(url),
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows as never,
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
