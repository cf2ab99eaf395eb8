import type { Database } from "@/lib/db/database";
import { retryDelayMs } from "./backoff";
import { claimDueDeliveries, type ClaimedDelivery } from "./outbox/claim-due-deliveries";
import { databaseNow } from "./outbox/database-now";
import { recordOutcome } from "./outbox/record-outcome";
import type { CrmDestination, DeliveryOutcome } from "./types";

export type DeliveryRun = { attempted: number; delivered: number; retried: number; dead: number };

type DeliverOptions = {
  destinations: readonly CrmDestination[];
  timeoutMs: number;
  /** Lease on a claimed row; must outlast an attempt (config: DELIVERY_LEASE_MS). */
  leaseMs: number;
  batchSize?: number;
  /** Stop after this many claim rounds, so a single call is bounded. */
  maxRounds?: number;
  random?: () => number;
};

async function attempt(
  destination: CrmDestination | undefined,
  delivery: ClaimedDelivery,
  timeoutMs: number,
): Promise<DeliveryOutcome> {
  if (!destination)
    return { kind: "retry", error: `destination "${delivery.destination}" is not configured on this server` };
  try {
    return await destination.deliver(delivery.enquiry, { timeoutMs });
  } catch (error) {
    return { kind: "retry", error: `unexpected: ${(error as Error).message}` };
  }
}

/**
 * Claim due deliveries, send each, record what happened; repeat until none
 * are due (or maxRounds). Safe to run in any number of processes at once.
 */
export async function deliverPendingEnquiries(db: Database, options: DeliverOptions): Promise<DeliveryRun> {
  const run: DeliveryRun = { attempted: 0, delivered: 0, retried: 0, dead: 0 };
  const byName = new Map(options.destinations.map((d) => [d.name, d]));
  // Only rows due when the run began: a row rescheduled during this run waits for the next one.
  const dueBy = await databaseNow(db);
  for (let round = 0; round < (options.maxRounds ?? 50); round++) {
    const claimed = await claimDueDeliveries(db, {
      dueBy,
      destinations: [...byName.keys()],
      limit: options.batchSize ?? 16,
      leaseMs: options.leaseMs,
    });
    if (claimed.length === 0) break;
    await Promise.all(
      claimed.map(async (delivery) => {
        const started = performance.now();
        const outcome = await attempt(
          byName.get(delivery.destination as CrmDestination["name"]),
          delivery,
          options.timeoutMs,
        );
        const delay =
          outcome.kind === "retry"
            ? retryDelayMs(delivery.attempt, { retryAfterMs: outcome.retryAfterMs, random: options.random })
            : 0;
        await recordOutcome(db, delivery, outcome, { durationMs: performance.now() - started, retryDelayMs: delay });
        run.attempted++;
        if (outcome.kind === "delivered") run.delivered++;
        else if (outcome.kind === "retry") run.retried++;
        else run.dead++;
      }),
    );
  }
  return run;
}

/**
 * The in-server dispatcher: runs every intervalMs (never two runs at once in
 * this process) and can be kicked to run now. Errors are logged and retried
 * on the next tick, never thrown into the server.
 */
export function startDeliveryLoop(
  db: Database,
  options: DeliverOptions & { intervalMs: number; log?: (message: string) => void },
): { kick: () => void; stop: () => Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const log = options.log ?? ((m: string) => console.error(m));

  const runOnce = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverPendingEnquiries(db, options)
      .then((run) => {
        if (run.dead > 0)
          log(
            `enquiries: ${run.dead} delivery(ies) failed permanently — see \`npm run enquiries -- list --status dead\``,
          );
      })
      .catch((error) => log(`enquiries: delivery run failed, will retry: ${(error as Error).message}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          runOnce();
        }
      });
  };
  const timer = setInterval(runOnce, options.intervalMs);
  timer.unref();
  runOnce();
  return {
    kick: runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
