import type { Database } from "@/lib/db/database";
import type { EnquiryConfig } from "@/features/enquiries/config";
import { probeWrite } from "@/features/enquiries/store/settings/probe-write";
import { deliveryCounts } from "@/features/enquiries/store/reports/delivery-counts";
import { oldestWaitingSeconds } from "@/features/enquiries/store/reports/oldest-waiting";

export type HealthVerdict = { ok: boolean; problems: string[]; details: Record<string, unknown> };

/**
 * Can the store take a write (a real one: a full disk still reads), and has nothing waited longer than
 * HEALTH_MAX_QUEUE_AGE_S for a CRM? Shared by /api/health and `npm run enquiries -- status`.
 */
export async function assessHealth(db: Database, config: EnquiryConfig): Promise<HealthVerdict> {
  try {
    await probeWrite(db);
  } catch (error) {
    return {
      ok: false,
      problems: [`storage cannot take a write: ${(error as Error).message}`],
      details: { storage: { driver: db.driver, status: "error" } },
    };
  }
  const [counts, oldest] = await Promise.all([deliveryCounts(db), oldestWaitingSeconds(db)]);
  const limit = config.HEALTH_MAX_QUEUE_AGE_S;
  const problems = oldest > limit ? [`the oldest waiting delivery is ${oldest} s old (limit ${limit} s)`] : [];
  return {
    ok: problems.length === 0,
    problems,
    details: {
      storage: { driver: db.driver, status: "ok" },
      destinations: config.destinations.map((d) => d.name),
      deliveries: {
        waiting: counts.pending,
        dead: counts.dead,
        delivered: counts.delivered,
        oldestWaitingSeconds: oldest,
      },
    },
  };
}
