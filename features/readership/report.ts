import type { Queryable } from "@/lib/db/database";
import { submissionsBySource } from "@/features/enquiries/store/reports/submissions-by-source";
import { postPath } from "@/lib/site";
import { readFigures, type DailyViews, type SourceViews } from "./store/read-figures";
import { dayOf, daysBefore } from "./visitor";

/** One page's figures for the period. Visitors are per page and day: one person on two days counts twice. */
export type PageFigures = {
  path: string;
  title: string | null;
  views: number;
  visitors: number;
  enquiries: number;
  subscriptions: number;
  /** Enquiries per thousand views; null without views. */
  enquiriesPerThousandViews: number | null;
};

/** What `npm run stats` and /stats show: one model, rendered as text, CSV, JSON and a page. */
export type Report = {
  from: string;
  to: string;
  pages: PageFigures[];
  sources: SourceViews[];
  daily: DailyViews[];
  totals: Omit<PageFigures, "path" | "title"> & { refused: number };
};

/** "30d" (the last 30 days, today included) or a first day, YYYY-MM-DD; the first day of the period. */
export function periodStart(since: string, today: string): string | undefined {
  const days = /^(\d{1,4})d$/.exec(since);
  if (days && Number(days[1]) >= 1) return daysBefore(today, Number(days[1]) - 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since)) && since <= today) return since;
  return undefined;
}

const perThousand = (enquiries: number, views: number) =>
  views > 0 ? Math.round((enquiries / views) * 10_000) / 10 : null;

/** Enquiries per thousand views as every rendering shows it: one decimal, or a dash without views. */
export const formatRate = (rate: number | null) => (rate === null ? "–" : rate.toFixed(1));

export async function buildReport(
  db: Queryable,
  options: { from: string; now: Date; timeZone: string; titles: ReadonlyMap<string, string> },
): Promise<Report> {
  const to = dayOf(options.now, options.timeZone);
  const stored = await readFigures(db, options.from, to);
  const pages = new Map<string, PageFigures>();
  const page = (path: string) => {
    let figures = pages.get(path);
    if (!figures) {
      const title = options.titles.get(path) ?? null;
      figures = { path, title, views: 0, visitors: 0, enquiries: 0, subscriptions: 0, enquiriesPerThousandViews: null };
      pages.set(path, figures);
    }
    return figures;
  };
  for (const row of stored.daily) {
    const figures = page(row.path);
    figures.views += row.views;
    figures.visitors += row.visitors;
  }
  // A day before `from` in UTC may still be `from` in the site's zone: read a day more, keep the period's.
  for (const submission of await submissionsBySource(db, new Date(`${daysBefore(options.from, 1)}T00:00:00Z`))) {
    if (dayOf(submission.createdAt, options.timeZone) < options.from) continue;
    const figures = page(postPath(submission.slug));
    if (submission.kind === "enquiry") figures.enquiries += 1;
    else figures.subscriptions += 1;
  }
  const list = [...pages.values()].map((p) => ({ ...p, enquiriesPerThousandViews: perThousand(p.enquiries, p.views) }));
  list.sort((a, b) => b.views - a.views || b.enquiries - a.enquiries || a.path.localeCompare(b.path));
  const sum = (key: "views" | "visitors" | "enquiries" | "subscriptions") => list.reduce((n, p) => n + p[key], 0);
  const [views, enquiries] = [sum("views"), sum("enquiries")];
  const totals = {
    views,
    visitors: sum("visitors"),
    enquiries,
    subscriptions: sum("subscriptions"),
    enquiriesPerThousandViews: perThousand(enquiries, views),
    refused: stored.refused,
  };
  return { from: options.from, to, pages: list, sources: stored.sources, daily: stored.daily, totals };
}
