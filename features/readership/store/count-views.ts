import type { Database } from "@/lib/db/database";
import { REVISIT_MINUTES, type ViewOutcome } from "../model";

/** Views of one day at one moment, each (visitor, path) once: what one statement counts. */
export type ViewBatch = { day: string; at: Date; views: { visitor: string; path: string; source: string }[] };

/**
 * Counts a batch of views in one statement (one round trip, one transaction). Each visitor's row for its page is
 * written, or moved on if its last counted view is REVISIT_MINUTES old (else that view is a revisit); the batch's
 * new visitors take rows of the day's allowance together, under the day's row lock, so servers never take more
 * than `visitorRows`; and each day × page × source row gains its views, and its visitors if they were kept. When
 * the allowance cannot take them all, none of the batch's new visitors is counted: their rows are deleted again
 * and the day's refusals counted. (A data-modifying WITH clause runs whether or not the final SELECT reads it.)
 */
export async function countViews(db: Database, batch: ViewBatch, visitorRows: number): Promise<ViewOutcome[]> {
  const column = (key: "visitor" | "path" | "source") => batch.views.map((view) => view[key]);
  const rows = await db.query<{ visitor: string; path: string; first: boolean; kept: boolean }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS t (visitor, path, source)
     ), visit AS (
       INSERT INTO readership_visits (visitor, path, day, counted_at) SELECT visitor, path, $4::date, $5 FROM input
       ON CONFLICT (visitor, path) DO UPDATE SET counted_at = EXCLUDED.counted_at
         WHERE readership_visits.counted_at <= EXCLUDED.counted_at - $6::integer * interval '1 minute'
       RETURNING visitor, path, (xmax = 0) AS first
     ), kept AS (
       UPDATE readership_days SET visitors_kept = visitors_kept + (SELECT count(*) FROM visit WHERE first)
        WHERE day = $4::date AND EXISTS (SELECT 1 FROM visit WHERE first)
          AND visitors_kept + (SELECT count(*) FROM visit WHERE first) <= $7
       RETURNING 1
     ), counted AS (
       INSERT INTO readership_daily (day, path, source, views, visitors)
       SELECT $4::date, visit.path, input.source, count(*), count(*) FILTER (WHERE visit.first)
         FROM visit JOIN input USING (visitor, path)
        WHERE NOT visit.first OR EXISTS (SELECT 1 FROM kept)
        GROUP BY visit.path, input.source
       ON CONFLICT (day, path, source) DO UPDATE
         SET views = readership_daily.views + EXCLUDED.views, visitors = readership_daily.visitors + EXCLUDED.visitors
     )
     SELECT visitor, path, first, EXISTS (SELECT 1 FROM kept) AS kept FROM visit`,
    [column("visitor"), column("path"), column("source"), batch.day, batch.at, REVISIT_MINUTES, visitorRows],
  );
  const outcome = new Map<string, ViewOutcome>(
    rows.map((row) => [`${row.visitor} ${row.path}`, !row.first || row.kept ? "counted" : "refused"]),
  );
  const refused = rows.filter((row) => row.first && !row.kept);
  if (refused.length > 0) await refuse(db, batch.day, refused);
  return batch.views.map((view) => outcome.get(`${view.visitor} ${view.path}`) ?? "revisit");
}

/** The day had too few visitor rows left: the rows just written go, and the refusals are counted. */
async function refuse(db: Database, day: string, visits: { visitor: string; path: string }[]): Promise<void> {
  await db.query(
    `WITH gone AS (
       DELETE FROM readership_visits v USING unnest($1::text[], $2::text[]) AS t (visitor, path)
        WHERE v.visitor = t.visitor AND v.path = t.path
     )
     UPDATE readership_days SET refused = refused + $4 WHERE day = $3::date`,
    [visits.map((v) => v.visitor), visits.map((v) => v.path), day, visits.length],
  );
}
