import type { Queryable } from "@/lib/db/database";

/** A destination is back: everything waiting for it (backed off during the outage, or held) is due now. */
export async function makeDueNow(db: Queryable, destination: string): Promise<number> {
  const rows = await db.query<{ id: string | number }>(
    `UPDATE deliveries SET next_attempt_at = now(), held_reason = NULL
      WHERE destination = $1 AND status = 'pending' AND (next_attempt_at > now() OR held_reason IS NOT NULL)
      RETURNING id`,
    [destination],
  );
  return rows.length;
}
