import type { Database } from "@/features/enquiries/store/database";
import { refundRateLimit, takeRateLimit } from "@/features/enquiries/store/outbox/take-rate-limit";

/**
 * Counts a submission about to be stored against its address: 0 (counted) or the seconds to wait. A submission
 * that turns out to be a resend of one already stored is handed back (`refund`): it stored nothing.
 */
export type SubmissionLimiter = { take(key: string): Promise<number>; refund(key: string): Promise<void> };

export const RATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * The limiter a server uses: with DATABASE_URL, one shared by every server on that PostgreSQL (its table);
 * on the embedded store, which only one process can open anyway, this process's memory.
 */
export function submissionLimiter(db: Database, limit: number): SubmissionLimiter {
  if (limit <= 0) return { take: async () => 0, refund: async () => {} }; // 0 disables the limit (benchmarks)
  if (db.driver === "postgres") {
    return { take: (key) => takeRateLimit(db, key, limit, RATE_WINDOW_MS), refund: (key) => refundRateLimit(db, key) };
  }
  const memory = new RateLimiter(limit, RATE_WINDOW_MS);
  return { take: async (key) => memory.take(key), refund: async (key) => memory.refund(key) };
}

/**
 * Sliding-window limit per client address, in this process's memory (the embedded store's limiter).
 *
 * Memory is bounded whatever the number of addresses: at most MAX_CLIENTS keys (an address is at most 64
 * characters, normalised by lib/http/client-address.ts) with at most `limit` timestamps each. When full, expired
 * entries go first, then the least recently seen, down to 90 % of it. About 12 MB at the ceiling (tests/unit/enquiries/rate-limit.test.ts).
 */
export const MAX_CLIENTS = 20_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxClients = MAX_CLIENTS,
  ) {}

  /** Seconds until `key` may submit again; 0 when it may now. Records nothing. */
  wait(key: string, now = Date.now()): number {
    if (this.limit <= 0) return 0; // 0 disables the limit (benchmarks)
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
  }

  /**
   * Checks and counts in one synchronous step, so concurrent requests from one address cannot all pass the
   * check before any is counted. Call it only for a submission about to be stored: returns 0 (counted) or the
   * seconds to wait (not counted).
   */
  take(key: string, now = Date.now()): number {
    const wait = this.wait(key, now);
    if (wait === 0) this.record(key, now);
    return wait;
  }

  /** Takes back the newest count of `key`. */
  refund(key: string): void {
    const times = this.hits.get(key);
    if (times && times.length > 0) times.pop();
  }

  /** Counts one submission that was stored (accepted or spam); validation failures are never counted. */
  record(key: string, now = Date.now()): void {
    if (this.limit <= 0) return;
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.delete(key); // re-inserted last: Map order is then least recently seen first
    this.hits.set(key, recent.slice(-this.limit));
    if (this.hits.size > this.maxClients) this.evict(now);
  }

  get size(): number {
    return this.hits.size;
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }

  /** Expired entries first, then the least recently seen, down to 90 % of the ceiling: one pass per 10 %. */
  private evict(now: number) {
    const target = Math.floor(this.maxClients * 0.9);
    for (const [key, times] of this.hits) {
      if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
    }
    for (const key of this.hits.keys()) {
      if (this.hits.size <= target) break;
      this.hits.delete(key);
    }
  }
}
