import type { Database } from "@/lib/db/database";
import { OTHER } from "../model";

/**
 * The source a view is counted under: itself if the day already admitted it or has a slot left, else
 * "other". The day's counter is taken under its row lock before the source is written, so concurrent servers
 * never admit more than `slots`; a race on one source can only spend a slot twice, never add a row.
 */
export async function admitSource(db: Database, day: string, source: string, slots: number): Promise<string> {
  return db.transaction(async (tx) => {
    const known = await tx.query("SELECT 1 FROM readership_sources WHERE day = $1::date AND source = $2", [
      day,
      source,
    ]);
    if (known.length > 0) return source;
    const slot = await tx.query(
      `UPDATE readership_days SET sources_kept = sources_kept + 1
        WHERE day = $1::date AND sources_kept < $2 RETURNING 1`,
      [day, slots],
    );
    if (slot.length === 0) return OTHER;
    await tx.query("INSERT INTO readership_sources (day, source) VALUES ($1::date, $2) ON CONFLICT DO NOTHING", [
      day,
      source,
    ]);
    return source;
  });
}
