import type { Database } from "@/lib/db/database";
import { deleteExpiredEnquiries } from "@/features/enquiries/store/outbox/delete-expired";
import { pruneRateLimitHits } from "@/features/enquiries/store/outbox/take-rate-limit";

const HOUR_MS = 60 * 60 * 1000;

/**
 * ENQUIRY_RETENTION_DAYS, applied by the server: once a minute after start, then every hour, finished
 * submissions older than that are deleted (outbox/delete-expired.ts), a thousand at a time until none is left,
 * and the rate limit's old counts with them.
 */
export function startRetention(db: Database, retentionDays: number, log = (m: string) => console.error(m)) {
  const sweep = async () => {
    try {
      let removed = 0;
      for (let batch = await deleteExpiredEnquiries(db, retentionDays); batch > 0;) {
        removed += batch;
        batch = batch === 1_000 ? await deleteExpiredEnquiries(db, retentionDays) : 0;
      }
      await pruneRateLimitHits(db);
      if (removed > 0) log(`enquiries: deleted ${removed} finished submission(s) older than ${retentionDays} days`);
    } catch (error) {
      log(`enquiries: retention sweep failed, will try again: ${(error as Error).message}`);
    }
  };
  const first = setTimeout(sweep, 60_000);
  const timer = setInterval(sweep, HOUR_MS);
  first.unref();
  timer.unref();
  return { stop: () => (clearTimeout(first), clearInterval(timer)) };
}
