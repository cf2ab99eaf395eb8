// Retry delays (features/enquiries/delivery/backoff.ts).
import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelayMs } from "@/features/enquiries/delivery/backoff";

describe("backoff", () => {
  it("uses full jitter under an exponential ceiling", () => {
    expect(retryDelayMs(1, { random: () => 0.999 })).toBe(1998);
    expect(retryDelayMs(3, { random: () => 0.5 })).toBe(4000);
    expect(retryDelayMs(4, { random: () => 0 })).toBe(0);
    expect(retryDelayMs(40, { random: () => 0.999 })).toBeLessThanOrEqual(30 * 60 * 1000);
  });
  it("never retries sooner than Retry-After says", () => {
    expect(retryDelayMs(1, { random: () => 0, retryAfterMs: 7_000 })).toBe(7_000);
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:00:10 GMT", Date.parse("Wed, 25 Nov 2026 12:00:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
