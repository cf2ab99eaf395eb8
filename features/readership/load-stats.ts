import type { IncomingMessage, ServerResponse } from "node:http";
import { enquiryService } from "@/features/enquiries/service";
import { passwordGiven, STATS_CHALLENGE } from "./basic-auth";
import { readershipConfig } from "./config";
import { PeriodError, readReport } from "./read-report";
import type { Report } from "./report";

export type StatsProps = { report: Report } | { denied: true };

/**
 * /stats: off (404) without STATS_PASSWORD; 401 with a Basic challenge without the password; else the report
 * for ?since= (default and fallback 30d). Never cached, never indexed.
 */
export async function loadStats(
  req: IncomingMessage,
  res: ServerResponse,
  since: unknown,
): Promise<StatsProps | undefined> {
  const password = readershipConfig().STATS_PASSWORD;
  if (!password) return undefined;
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Robots-Tag", "noindex, nofollow");
  if (!passwordGiven(req.headers.authorization, password)) {
    res.statusCode = 401;
    res.setHeader("WWW-Authenticate", STATS_CHALLENGE);
    return { denied: true };
  }
  const { db } = await enquiryService();
  const report = await readReport(db, typeof since === "string" ? since : "30d").catch((error: unknown) => {
    if (error instanceof PeriodError) return readReport(db, "30d");
    throw error;
  });
  return { report };
}
