import type { Queryable } from "@/lib/db/database";

export type DailyViews = { day: string; path: string; views: number; visitors: number };
export type SourceViews = { source: string; views: number };
export type StoredFigures = { daily: DailyViews[]; sources: SourceViews[]; refused: number };

/** The figures from `from` to `to` (days, both included): views per day and page, views per source, refusals. */
export async function readFigures(db: Queryable, from: string, to: string): Promise<StoredFigures> {
  const period = [from, to];
  const daily = await db.query<{ day: string; path: string; views: string | number; visitors: string | number }>(
    `SELECT day::text AS day, path, sum(views) AS views, sum(visitors) AS visitors FROM readership_daily
      WHERE day BETWEEN $1::date AND $2::date GROUP BY day, path ORDER BY day, path`,
    period,
  );
  const sources = await db.query<{ source: string; views: string | number }>(
    `SELECT source, sum(views) AS views FROM readership_daily
      WHERE day BETWEEN $1::date AND $2::date GROUP BY source ORDER BY sum(views) DESC, source`,
    period,
  );
  const [refused] = await db.query<{ n: string | number | null }>(
    "SELECT sum(refused) AS n FROM readership_days WHERE day BETWEEN $1::date AND $2::date",
    period,
  );
  return {
    daily: daily.map((r) => ({ ...r, views: Number(r.views), visitors: Number(r.visitors) })),
    sources: sources.map((r) => ({ source: r.source, views: Number(r.views) })),
    refused: Number(refused?.n ?? 0),
  };
}
