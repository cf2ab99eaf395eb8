import type { Database } from "@/lib/db/database";
import { REVISIT_MINUTES, type View, type ViewOutcome } from "../model";

class Refused extends Error {}

/**
 * Counts a view in one transaction: the visitor's row for the page is written, or moved on if its last counted
 * view is REVISIT_MINUTES old (else nothing is counted: a revisit); the day × page × source row gains the view,
 * and a visitor if the row is new. A new visitor takes one of the day's visitor rows last, so the day's counter
 * row is locked only for the end of the transaction; with none left the whole view is rolled back: refused.
 */
export async function countView(db: Database, view: View, visitorRows: number): Promise<ViewOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const [visit] = await tx.query<{ first: boolean }>(
        `INSERT INTO readership_visits (visitor, path, day, counted_at) VALUES ($1, $2, $3::date, $4)
         ON CONFLICT (visitor, path) DO UPDATE SET counted_at = EXCLUDED.counted_at
           WHERE readership_visits.counted_at <= EXCLUDED.counted_at - $5::integer * interval '1 minute'
         RETURNING (xmax = 0) AS first`,
        [view.visitor, view.path, view.day, view.at, REVISIT_MINUTES],
      );
      if (!visit) return "revisit";
      await tx.query(
        `INSERT INTO readership_daily (day, path, source, views, visitors) VALUES ($1::date, $2, $3, 1, $4)
         ON CONFLICT (day, path, source) DO UPDATE
           SET views = readership_daily.views + 1, visitors = readership_daily.visitors + EXCLUDED.visitors`,
        [view.day, view.path, view.source, visit.first ? 1 : 0],
      );
      if (visit.first) {
        const kept = await tx.query(
          `UPDATE readership_days SET visitors_kept = visitors_kept + 1
            WHERE day = $1::date AND visitors_kept < $2 RETURNING 1`,
          [view.day, visitorRows],
        );
        if (kept.length === 0) throw new Refused();
      }
      return "counted";
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await db.query("UPDATE readership_days SET refused = refused + 1 WHERE day = $1::date", [view.day]);
    return "refused";
  }
}
