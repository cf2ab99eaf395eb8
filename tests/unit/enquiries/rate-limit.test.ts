// The in-memory rate limit (features/enquiries/intake/rate-limit.ts); the shared one is in tests/integration.
import { describe, expect, it } from "vitest";
import { MAX_CLIENTS, RateLimiter } from "@/features/enquiries/intake/rate-limit";

describe("rate limit", () => {
  it("allows 5 stored submissions per 10 minutes per address, then says how long to wait", () => {
    const limiter = new RateLimiter(5, 600_000);
    for (let i = 0; i < 5; i++) {
      expect(limiter.wait("1.2.3.4", 1000 + i)).toBe(0);
      limiter.record("1.2.3.4", 1000 + i);
    }
    expect(limiter.wait("1.2.3.4", 2000)).toBe(599);
    expect(limiter.wait("5.6.7.8", 2000)).toBe(0);
    expect(limiter.wait("1.2.3.4", 1000 + 600_000)).toBe(0);
  });
  it("is off at 0", () => {
    const limiter = new RateLimiter(0, 600_000);
    for (let i = 0; i < 100; i++) {
      expect(limiter.wait("x")).toBe(0);
      limiter.record("x");
    }
  });
  it("keeps at most MAX_CLIENTS addresses, whatever the number of addresses: 50,000 under a 20 MB ceiling", () => {
    const limiter = new RateLimiter(5, 600_000);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50_000; i++)
      limiter.record(`2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::/64`, 1000 + i);
    expect(limiter.size).toBeLessThanOrEqual(MAX_CLIENTS);
    expect(limiter.size).toBeGreaterThan(MAX_CLIENTS * 0.8);
    global.gc?.();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
    // The most recent stay: the newest address is still limited, the oldest has been let go.
    for (let i = 0; i < 4; i++) limiter.record("2001:db8:0:c34f::/64", 60_000 + i);
    expect(limiter.wait("2001:db8:0:c34f::/64", 60_010)).toBeGreaterThan(0);
  });
});
