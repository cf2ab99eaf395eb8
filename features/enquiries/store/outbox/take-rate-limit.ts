import type { Database } from "@/lib/db/database";

/**
 * The rate limit kept in the database, so every server sharing one PostgreSQL counts the same submissions:
 * under a lock per address (held until the transaction ends), count that address's submissions inside the
 * window and add this one if there is room. Returns 0 (counted) or the seconds to wait (not counted).
 */
export async function takeRateLimit(db: Database, key: string, limit: number, windowMs: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [key]);
    await tx.query(
      "DELETE FROM rate_limit_hits WHERE key = $1 AND at <= now() - $2::integer * interval '1 millisecond'",
      [key, windowMs],
    );
    const [row] = await tx.query<{ n: string | number; wait_ms: string | number | null }>(
      `SELECT count(*) AS n,
              extract(epoch FROM min(at) + $2::integer * interval '1 millisecond' - now()) * 1000 AS wait_ms
         FROM rate_limit_hits WHERE key = $1`,
      [key, windowMs],
    );
    if (Number(row!.n) >= limit) return Math.max(1, Math.ceil(Number(row!.wait_ms ?? 0) / 1000));
    await tx.query("INSERT INTO rate_limit_hits (key) VALUES ($1)", [key]);
    return 0;
  });
}

/** Counts outside any window, left by addresses that never came back (the retention sweep runs this). */
export async function pruneRateLimitHits(db: Database): Promise<void> {
  await db.query("DELETE FROM rate_limit_hits WHERE at < now() - interval '1 day'");
}

/** Takes back the newest count of `key`: the submission it was taken for was a resend, and stored nothing. */
export async function refundRateLimit(db: Database, key: string): Promise<void> {
  await db.query(
    "DELETE FROM rate_limit_hits WHERE ctid = (SELECT ctid FROM rate_limit_hits WHERE key = $1 ORDER BY at DESC LIMIT 1)",
    [key],
  );
}
