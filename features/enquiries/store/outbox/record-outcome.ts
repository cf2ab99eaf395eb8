import type { Queryable } from "@/lib/db/database";
import type { DeliveryOutcome } from "@/features/enquiries/types";
import type { ClaimedDelivery } from "@/features/enquiries/store/outbox/claim-due-deliveries";

/**
 * The outcome and its history row, in one statement (one round trip, one transaction). A wait or a hold gives
 * back the attempt its claim counted; a hold keeps the delivery pending with its reason, claimed again only by a
 * probe (claim-due-deliveries.ts).
 */
export async function recordOutcome(
  db: Queryable,
  delivery: ClaimedDelivery,
  outcome: DeliveryOutcome,
  { durationMs, retryDelayMs }: { durationMs: number; retryDelayMs: number },
): Promise<void> {
  const status = outcome.kind === "delivered" ? "delivered" : outcome.kind === "dead" ? "dead" : "pending";
  const error = outcome.kind === "delivered" ? null : outcome.error;
  const attemptGivenBack = outcome.kind === "wait" || outcome.kind === "held" ? 1 : 0;
  await db.query(
    `WITH updated AS (
       UPDATE deliveries
          SET status = $2,
              leased_until = NULL,
              last_error = $3,
              attempts = attempts - $8,
              held_reason = $9,
              delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END,
              next_attempt_at = CASE WHEN $2 = 'pending' THEN now() + $4::integer * interval '1 millisecond' ELSE next_attempt_at END
        WHERE id = $1
        RETURNING id)
     INSERT INTO delivery_attempts (delivery_id, outcome, http_status, error, duration_ms)
     SELECT id, $5, $6, $3, $7 FROM updated`,
    [
      delivery.deliveryId,
      status,
      error,
      Math.round(retryDelayMs),
      outcome.kind,
      "status" in outcome ? (outcome.status ?? null) : null,
      Math.round(durationMs),
      attemptGivenBack,
      outcome.kind === "held" ? outcome.error : null,
    ],
  );
}
