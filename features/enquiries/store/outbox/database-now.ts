import type { Queryable } from "@/lib/db/database";

/**
 * The database's clock, so every server compares due times against the same
 * one; kept as text because a JS Date would drop the microseconds.
 */
export async function databaseNow(db: Queryable): Promise<string> {
  const [row] = await db.query<{ now: string }>("SELECT clock_timestamp()::text AS now");
  return row!.now;
}
