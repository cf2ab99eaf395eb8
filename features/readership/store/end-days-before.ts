import type { Database } from "@/lib/db/database";
import { DIRECT, OTHER } from "../model";

/**
 * Ends every day before `today`, in one transaction: its salt and its visitors are deleted (no hash of it can
 * be made or matched again), and its sources past the `keep` most viewed are folded into "other".
 */
export async function endDaysBefore(db: Database, today: string, keep: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `WITH ended AS (SELECT DISTINCT day FROM readership_sources WHERE day < $1::date),
       ranked AS (
         SELECT d.day, d.source, row_number() OVER (PARTITION BY d.day ORDER BY sum(d.views) DESC, d.source) AS place
           FROM readership_daily d JOIN ended USING (day)
          WHERE d.source NOT IN ($3, $4)
          GROUP BY d.day, d.source
       ),
       folded AS (
         DELETE FROM readership_daily d USING ranked r
          WHERE d.day = r.day AND d.source = r.source AND r.place > $2
         RETURNING d.day, d.path, d.views, d.visitors
       )
       INSERT INTO readership_daily (day, path, source, views, visitors)
       SELECT day, path, $4, sum(views), sum(visitors) FROM folded GROUP BY day, path
       ON CONFLICT (day, path, source) DO UPDATE
         SET views = readership_daily.views + EXCLUDED.views, visitors = readership_daily.visitors + EXCLUDED.visitors`,
      [today, keep, DIRECT, OTHER],
    );
    for (const table of ["readership_sources", "readership_visits", "readership_salts"]) {
      await tx.query(`DELETE FROM ${table} WHERE day < $1::date`, [today]);
    }
  });
}
