import type { Queryable } from "@/lib/db/database";

/** Seconds since the oldest submission still waiting for a CRM was accepted; 0 when none waits. */
export async function oldestWaitingSeconds(db: Queryable): Promise<number> {
  const [row] = await db.query<{ age: string | number | null }>(
    `SELECT extract(epoch FROM now() - min(e.created_at)) AS age
       FROM deliveries d JOIN submissions e ON e.id = d.enquiry_id
      WHERE d.status = 'pending'`,
  );
  return Math.max(0, Math.floor(Number(row?.age ?? 0)));
}
