import type { Database } from "@/lib/db/database";
import { sitePages } from "@/features/site/site-pages";
import { env } from "@/lib/env";
import { readershipConfig } from "./config";
import { buildReport, periodStart, type Report } from "./report";
import { endPastDays } from "./upkeep";
import { dayOf } from "./visitor";

export class PeriodError extends Error {}

/**
 * The report since `since` ("30d" or a first day), as `npm run stats` and /stats show it: the days before
 * today are ended first, so a report never shows a salt's day still open, and posts are named by their titles.
 */
export async function readReport(db: Database, since: string, now = new Date()): Promise<Report> {
  const from = periodStart(since, dayOf(now, env.SITE_TIMEZONE));
  if (!from) throw new PeriodError("--since must be a number of days (30d) or a day not in the future (2026-11-01)");
  await endPastDays(db, now, env.SITE_TIMEZONE, readershipConfig().ANALYTICS_RETENTION_DAYS);
  const titles = new Map(sitePages().flatMap((page) => (page.title ? [[page.path, page.title] as const] : [])));
  return buildReport(db, { from, now, timeZone: env.SITE_TIMEZONE, titles });
}
