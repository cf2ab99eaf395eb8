import type { Queryable } from "@/lib/db/database";

/** ANALYTICS_RETENTION_DAYS: the figures of days older than that go, with their counters. */
export async function deleteExpiredFigures(db: Queryable, today: string, retentionDays: number): Promise<number> {
  const removed = await db.query("DELETE FROM readership_daily WHERE day < $1::date - $2::integer RETURNING 1", [
    today,
    retentionDays,
  ]);
  await db.query("DELETE FROM readership_days WHERE day < $1::date - $2::integer", [today, retentionDays]);
  return removed.length;
}
