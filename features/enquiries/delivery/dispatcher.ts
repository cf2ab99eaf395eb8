import type { Database } from "@/features/enquiries/store/database";
import { retryDelayMs } from "@/features/enquiries/delivery/backoff";
import { claimDueDeliveries, type ClaimedDelivery } from "@/features/enquiries/store/outbox/claim-due-deliveries";
import { databaseNow } from "@/features/enquiries/store/outbox/database-now";
import { heldDestinations } from "@/features/enquiries/store/outbox/held-destinations";
import { makeDueNow } from "@/features/enquiries/store/outbox/make-due-now";
import { releaseLeases } from "@/features/enquiries/store/outbox/release-leases";
import { recordOutcome } from "@/features/enquiries/store/outbox/record-outcome";
import type { Alert } from "@/features/enquiries/delivery/alerts";
import type { DestinationCircuits } from "@/features/enquiries/delivery/circuit";
import type { CrmDestination, DeliveryOutcome } from "@/features/enquiries/types";

export type DeliveryRun = { attempted: number; delivered: number; retried: number; held: number; dead: number };

type DeliverOptions = {
  destinations: readonly CrmDestination[];
  timeoutMs: number;
  /** Lease on a claimed row; must outlast an attempt (config: DELIVERY_LEASE_MS). */
  leaseMs: number;
  /** Deliveries in flight to one destination at a time (config: CRM_MAX_CONCURRENCY). */
  batchSize?: number;
  /** Stop after this many claim rounds, so a single call is bounded. */
  maxRounds?: number;
  random?: () => number;
  /** The server's circuits (circuit.ts); a one-off run (ops/deliver.ts) goes without. */
  circuits?: DestinationCircuits;
  /** Ids of claimed deliveries not yet recorded: what a stopping server must hand back. */
  inFlight?: Set<number>;
  /** Checked before each claim: a stopping server claims nothing more. */
  stopping?: () => boolean;
  /** Tells the operator of a dead delivery and of circuits opening and closing (alerts.ts). */
  alert?: Alert;
  log?: (message: string) => void;
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

/** Send one claimed delivery and record what happened; tell the circuit. True when its circuit just closed. */
async function deliverOne(db: Database, delivery: ClaimedDelivery, options: DeliverOptions, run: DeliveryRun) {
  const destination = options.destinations.find((d) => d.name === delivery.destination);
  const started = performance.now();
  options.inFlight?.add(delivery.deliveryId);
  const outcome = await attempt(destination, delivery, options.timeoutMs).finally(() =>
    options.inFlight?.delete(delivery.deliveryId),
  );
  // A wait uses up no attempt: its backoff stays where the last failure left it.
  const attempts = outcome.kind === "wait" ? delivery.attempt - 1 : delivery.attempt;
  const delay =
    outcome.kind === "retry" || outcome.kind === "wait"
      ? retryDelayMs(Math.max(1, attempts), { retryAfterMs: outcome.retryAfterMs, random: options.random })
      : 0;
  await recordOutcome(db, delivery, outcome, { durationMs: performance.now() - started, retryDelayMs: delay });
  run.attempted++;
  if (outcome.kind === "delivered") run.delivered++;
  else if (outcome.kind === "retry" || outcome.kind === "wait") run.retried++;
  else if (outcome.kind === "held") run.held++;
  else run.dead++;
  // A CRM that answers (even 4xx) is up; failures and waits count towards opening the circuit; a refusal of our
  // setup opens it at once.
  const circuits = options.circuits;
  const change =
    outcome.kind === "held"
      ? circuits?.hold(delivery.destination)
      : outcome.kind === "retry" || outcome.kind === "wait"
        ? circuits?.failed(delivery.destination)
        : circuits?.succeeded(delivery.destination);
  if (change) (options.log ?? console.error)(`enquiries: ${delivery.destination}: circuit ${change}`);
  if (change === "opened" && outcome.kind === "held") {
    options.alert?.(
      delivery.destination,
      `refuses our setup (${outcome.error}): deliveries are held, none is lost; fix it and they are sent`,
    );
  } else if (change === "opened")
    options.alert?.(delivery.destination, "not answering: deliveries wait, one probe per interval");
  if (change === "closed") options.alert?.(delivery.destination, "answering again: waiting deliveries are being sent");
  if (outcome.kind === "dead") {
    options.alert?.(
      delivery.destination,
      `${delivery.enquiry.kind} ${delivery.enquiry.id} failed for good (HTTP ${outcome.status}: ${outcome.error}); ` +
        "`npm run enquiries -- list --status dead`",
    );
  }
  return change === "closed";
}

/**
 * Claim due deliveries, send each, record what happened; repeat until none are due (or maxRounds). Safe to run
 * in any number of processes at once. With circuits, a destination that is down gets one probe per interval
 * (which takes the next waiting delivery, due or not), and when a probe gets through, everything waiting for it
 * is made due and sent in this same run.
 */
export async function deliverPendingEnquiries(db: Database, options: DeliverOptions): Promise<DeliveryRun> {
  const run: DeliveryRun = { attempted: 0, delivered: 0, retried: 0, held: 0, dead: 0 };
  const concurrency = options.batchSize ?? 8;
  // Held deliveries survive a restart: their destination's circuit opens again, so a probe can release them.
  if (options.circuits) {
    for (const [destination] of await heldDestinations(db)) options.circuits.hold(destination);
  }
  // Only rows due when the run began: a row rescheduled during this run waits for the next one.
  let dueBy = await databaseNow(db);
  for (let round = 0; round < (options.maxRounds ?? 50) && !options.stopping?.(); round++) {
    const claimed: ClaimedDelivery[] = [];
    for (const { name } of options.destinations) {
      const allowance = options.circuits ? options.circuits.allowance(name, concurrency) : concurrency;
      if (allowance === 0) continue;
      const probe = options.circuits?.isOpen(name) ?? false;
      claimed.push(
        ...(await claimDueDeliveries(db, {
          dueBy: probe ? "infinity" : dueBy,
          includeHeld: probe,
          destinations: [name],
          limit: allowance,
          leaseMs: options.leaseMs,
        })),
      );
    }
    if (claimed.length === 0) break;
    const closed = await Promise.all(claimed.map((delivery) => deliverOne(db, delivery, options, run)));
    for (const [i, didClose] of closed.entries()) {
      if (!didClose) continue;
      const waiting = await makeDueNow(db, claimed[i]!.destination);
      (options.log ?? console.error)(
        `enquiries: ${claimed[i]!.destination} is back: ${waiting} waiting delivery(ies) due now`,
      );
      dueBy = await databaseNow(db);
    }
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
): { kick: () => void; stop: (graceMs?: number) => Promise<{ released: number }> } {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const inFlight = new Set<number>();
  const log = options.log ?? ((m: string) => console.error(m));

  const runOnce = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverPendingEnquiries(db, { ...options, inFlight, stopping: () => stopped })
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
    /**
     * Claim nothing more; give the attempts in flight up to graceMs to finish and be recorded; hand back the
     * rows still held (lease released), so the next server sends them at once instead of after the lease.
     */
    async stop(graceMs = 0) {
      stopped = true;
      clearInterval(timer);
      const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      if (inFlight.size > 0) await Promise.race([running, grace]);
      else await running;
      const released = inFlight.size > 0 ? await releaseLeases(db, [...inFlight]) : 0;
      return { released };
    },
  };
}
