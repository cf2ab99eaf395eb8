import type { Queryable } from "@/lib/db/database";

/** ANALYTICS_RETENTION_DAYS: the figures of days older than that go, with their counters. */
export async function deleteExpiredFigures(db: Queryable, today: string, retentionDays: number): Promise<void> {
  for (const table of ["readership_daily", "readership_days"]) {
    await db.query(`DELETE FROM ${table} WHERE day < $1::date - $2::integer`, [today, retentionDays]);
  }
}
