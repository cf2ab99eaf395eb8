import { timingSafeEqual } from "node:crypto";
import { enquiryConfig } from "../config";
import { deliveryCounts } from "../reports/delivery-counts";
import { oldestWaitingSeconds } from "../reports/oldest-waiting";
import { enquiryService } from "../service";
import { probeWrite } from "../settings/probe-write";

const noStore = { "Cache-Control": "no-store" };
const CACHE_MS = 5_000;

type Verdict = { ok: boolean; problems: string[]; details: Record<string, unknown> };
let cached: { at: number; verdict: Promise<Verdict> } | undefined;

/** Can the store take a write, and is nothing waiting longer than HEALTH_MAX_QUEUE_AGE_S for a CRM? */
async function judge(): Promise<Verdict> {
  try {
    const service = await enquiryService();
    await probeWrite(service.db);
    const [counts, oldest] = await Promise.all([deliveryCounts(service.db), oldestWaitingSeconds(service.db)]);
    const limit = service.config.HEALTH_MAX_QUEUE_AGE_S;
    const problems = oldest > limit ? [`the oldest waiting delivery is ${oldest} s old (limit ${limit} s)`] : [];
    const details = {
      storage: { driver: service.db.driver, status: "ok" },
      destinations: service.config.destinations.map((d) => d.name),
      deliveries: {
        waiting: counts.pending,
        dead: counts.dead,
        delivered: counts.delivered,
        oldestWaitingSeconds: oldest,
      },
    };
    return { ok: problems.length === 0, problems, details };
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      problems: [`storage cannot take a write: ${message}`],
      details: { storage: { status: "error" } },
    };
  }
}

function authorised(request: Request, token: string | undefined): boolean {
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  return Boolean(token) && given.length === token!.length && timingSafeEqual(Buffer.from(given), Buffer.from(token!));
}

/**
 * GET /api/health. Public: {"status":"ok"} or 503 {"status":"degraded"}, nothing else (no holder, host or
 * error text for strangers). With `Authorization: Bearer $HEALTH_TOKEN`: the problems and the counts too.
 * The verdict is kept five seconds, so a busy monitor does not write to the store on every poll.
 */
export async function getHealth(request: Request): Promise<Response> {
  const now = Date.now();
  if (!cached || now - cached.at > CACHE_MS) cached = { at: now, verdict: judge() };
  const verdict = await cached.verdict;
  const status = verdict.ok ? "ok" : "degraded";
  const token = enquiryConfig().HEALTH_TOKEN;
  const body = authorised(request, token) ? { status, problems: verdict.problems, ...verdict.details } : { status };
  return Response.json(body, { status: verdict.ok ? 200 : 503, headers: noStore });
}
