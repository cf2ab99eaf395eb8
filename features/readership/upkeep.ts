import type { Database } from "@/lib/db/database";
import { TOP_SOURCES_KEPT } from "./model";
import { deleteExpiredFigures } from "./store/delete-expired";
import { endDaysBefore } from "./store/end-days-before";
import { dayOf } from "./visitor";

/**
 * Ends the days before today (their salts and visitors deleted, their sources folded) and deletes figures past
 * the retention. Run by the first view of a day, hourly by the server, and before every report.
 */
export async function endPastDays(db: Database, now: Date, timeZone: string, retentionDays: number): Promise<void> {
  const today = dayOf(now, timeZone);
  await endDaysBefore(db, today, TOP_SOURCES_KEPT);
  await deleteExpiredFigures(db, today, retentionDays);
}
