import type { Queryable } from "@/lib/db/database";

/**
 * A stopping server hands back the deliveries it claimed but did not finish: claimable again at once, and the
 * attempt it never completed is not counted. (One whose request did reach the CRM may then be sent twice: a
 * webhook receiver drops it by its Idempotency-Key; HubSpot cannot.)
 */
export async function releaseLeases(db: Queryable, deliveryIds: readonly number[]): Promise<number> {
  const rows = await db.query<{ id: string | number }>(
    `UPDATE deliveries SET leased_until = NULL, attempts = greatest(attempts - 1, 0)
      WHERE id = ANY($1::bigint[]) AND status = 'pending'
      RETURNING id`,
    [deliveryIds],
  );
  return rows.length;
}
