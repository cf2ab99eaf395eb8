import type { Queryable } from "@/lib/db/database";

/** Put dead deliveries (of one enquiry, or all) back in the queue, due now. Returns how many. */
export async function requeueDead(db: Queryable, enquiryId?: string): Promise<number> {
  const rows = await db.query(
    `UPDATE deliveries SET status = 'pending', next_attempt_at = now(), leased_until = NULL
      WHERE status = 'dead' AND ($1::uuid IS NULL OR enquiry_id = $1::uuid) RETURNING id`,
    [enquiryId ?? null],
  );
  return rows.length;
}
