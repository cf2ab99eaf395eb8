import { enquiryConfig } from "../config";
import { assessHealth, type HealthVerdict } from "@/features/enquiries/store/reports/assess-health";
import { enquiryService } from "../service";
import { secretsEqual } from "@/lib/secure-compare";
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

/** Who is asking: no credentials (the public answer), the health token (the details), or a wrong one. */
function caller(request: Request, token: string | undefined): "public" | "operator" | "refused" {
  const header = request.headers.get("authorization");
  if (!header) return "public";
  const given = header.replace(/^Bearer\s+/i, "");
  return token && secretsEqual(given, token) ? "operator" : "refused";
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
  const who = caller(request, enquiryConfig().HEALTH_TOKEN);
  if (who === "refused") {
    console.warn("health: refused an Authorization header that is not the health token");
    return json(401, { status: "unauthorised" });
  }
  const body = who === "operator" ? { status, problems: verdict.problems, ...verdict.details } : { status };
  return json(verdict.ok ? 200 : 503, body);
}
