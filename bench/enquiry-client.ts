// What the benchmarks send as Scaffold enquiries: each with a form token of its own (tokens are single-use),
// minted with the server's secret as /scaffold would have issued it ten seconds ago.
import { issueFormToken } from "@/features/enquiries/intake/form-token";

export const BENCH_TOKEN_SECRET = "bench-enquiry-token-secret-0123456789";

let counter = 0;

/** One valid enquiry to `base`/api/enquiry: its status, its time, and the id the server gave it. */
export async function postEnquiry(
  base: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number; id?: string }> {
  const n = ++counter;
  const token = issueFormToken(BENCH_TOKEN_SECRET, "enquiry", Date.now() - 10_000);
  const started = performance.now();
  const response = await fetch(`${base}/api/enquiry`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({
      name: `Bench Person ${n}`,
      email: `bench-${n}-${process.pid}@example.com`,
      company: "Load Ltd",
      role: "Tester",
      interest: "membership",
      message: "Benchmark enquiry.",
      consent: true,
      issued: token,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string };
  return { status: response.status, ms: performance.now() - started, id: body.id };
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * `clients` loops sending `send` for `seconds`: how many answered `ok`, per second, their p50/p99 latency, and
 * every other answer by status.
 */
export async function closedLoop(
  clients: number,
  seconds: number,
  send: () => Promise<{ status: number; ms: number }>,
  ok: number,
) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const r = await send();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === ok) latencies.push(r.ms);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const other = [...statuses].filter(([s]) => s !== ok).map(([s, n]) => `${n}× HTTP ${s}`);
  return {
    answered: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    other: other.join(", ") || "none",
  };
}
