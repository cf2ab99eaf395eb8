import type { Queryable } from "@/lib/db/database";

/**
 * Forget submissions past the retention period that are finished with: every delivery delivered or dead, or
 * kept as spam. Their deliveries and attempt history go in the same statement. At most `limit` a call, so a
 * first run over years of rows does not hold the store for long. Pending ones are never touched.
 */
export async function deleteExpiredEnquiries(db: Queryable, retentionDays: number, limit = 1_000): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `WITH expired AS (
       SELECT e.id FROM submissions e
        WHERE e.created_at < now() - $1::integer * interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.enquiry_id = e.id AND d.status = 'pending')
          AND (e.is_spam OR EXISTS (SELECT 1 FROM deliveries d WHERE d.enquiry_id = e.id))
        LIMIT $2),
     attempts AS (
       DELETE FROM delivery_attempts a USING deliveries d, expired x WHERE a.delivery_id = d.id AND d.enquiry_id = x.id),
     deliveries_gone AS (
       DELETE FROM deliveries d USING expired x WHERE d.enquiry_id = x.id)
     DELETE FROM submissions e USING expired x WHERE e.id = x.id RETURNING e.id`,
    [retentionDays, limit],
  );
  return rows.length;
}
