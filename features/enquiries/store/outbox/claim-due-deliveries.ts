import type { Queryable } from "@/lib/db/database";
import type { Submission } from "@/features/enquiries/types";
import { toSubmission, type SubmissionRow } from "@/features/enquiries/store/outbox/enquiry-row";

export type ClaimedDelivery = { deliveryId: number; destination: string; attempt: number; enquiry: Submission };

/**
 * Claim due deliveries for this worker. SKIP LOCKED lets several dispatchers
 * share one PostgreSQL without taking the same row; the lease makes a row
 * claimable again if its worker dies mid-delivery, so nothing is stranded.
 * A held row (its CRM refuses our setup) is claimed only by a probe (`includeHeld`).
 */
export async function claimDueDeliveries(
  db: Queryable,
  options: { destinations: readonly string[]; limit: number; leaseMs: number; dueBy: string; includeHeld?: boolean },
): Promise<ClaimedDelivery[]> {
  if (options.destinations.length === 0) return [];
  const claimed = await db.query<{ id: string | number; enquiry_id: string; destination: string; attempts: number }>(
    `UPDATE deliveries AS d
        SET leased_until = now() + $2::integer * interval '1 millisecond', attempts = d.attempts + 1
       FROM (SELECT id FROM deliveries
              WHERE status = 'pending' AND next_attempt_at <= $4::timestamptz
                AND (leased_until IS NULL OR leased_until <= now())
                AND destination = ANY($3::text[])
                AND (held_reason IS NULL OR $5::boolean)
              ORDER BY next_attempt_at, id
              LIMIT $1
              FOR UPDATE SKIP LOCKED) AS due
      WHERE d.id = due.id
  RETURNING d.id, d.enquiry_id, d.destination, d.attempts`,
    [options.limit, options.leaseMs, options.destinations, options.dueBy, options.includeHeld ?? false],
  );
  if (claimed.length === 0) return [];
  const rows = await db.query<SubmissionRow>("SELECT * FROM submissions WHERE id = ANY($1::uuid[])", [
    [...new Set(claimed.map((c) => c.enquiry_id))],
  ]);
  const byId = new Map(rows.map((r) => [r.id, toSubmission(r)]));
  return claimed.map((c) => ({
    deliveryId: Number(c.id),
    destination: c.destination,
    attempt: Number(c.attempts),
    enquiry: byId.get(c.enquiry_id)!,
  }));
}
