import { timingSafeEqual } from "node:crypto";
import { enquiryConfig } from "../config";
import { assessHealth, type HealthVerdict } from "../reports/assess-health";
import { enquiryService } from "../service";
import { json } from "./answers";

const CACHE_MS = 5_000;

let cached: { at: number; verdict: Promise<HealthVerdict> } | undefined;

async function judge(): Promise<HealthVerdict> {
  try {
    const service = await enquiryService();
    return await assessHealth(service.db, service.config);
  } catch (error) {
    const problems = [`storage cannot be opened: ${(error as Error).message}`];
    return { ok: false, problems, details: { storage: { status: "error" } } };
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
  return json(verdict.ok ? 200 : 503, body);
}
