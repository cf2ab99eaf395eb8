import type { Queryable } from "@/lib/db/database";

export type Erased = { enquiries: string[]; deliveries: number; attempts: number };

/**
 * A data-subject request: every enquiry and subscription from one address (any case), with its deliveries and
 * attempt history, in one statement. A delivery still pending is erased too: the CRM will not hear of it.
 */
export async function erasePerson(db: Queryable, email: string): Promise<Erased> {
  const [row] = await db.query<{ enquiries: string[] | null; deliveries: number | string; attempts: number | string }>(
    `WITH person AS (SELECT id FROM submissions WHERE lower(email) = lower($1)),
     attempts AS (
       DELETE FROM delivery_attempts a USING deliveries d, person p
        WHERE a.delivery_id = d.id AND d.enquiry_id = p.id RETURNING a.id),
     deliveries_gone AS (DELETE FROM deliveries d USING person p WHERE d.enquiry_id = p.id RETURNING d.id),
     enquiries_gone AS (DELETE FROM submissions e USING person p WHERE e.id = p.id RETURNING e.id)
     SELECT (SELECT array_agg(id::text ORDER BY id) FROM enquiries_gone) AS enquiries,
            (SELECT count(*) FROM deliveries_gone) AS deliveries,
            (SELECT count(*) FROM attempts) AS attempts`,
    [email.trim()],
  );
  return {
    enquiries: row?.enquiries ?? [],
    deliveries: Number(row?.deliveries ?? 0),
    attempts: Number(row?.attempts ?? 0),
  };
}
