import type { Queryable } from "@/lib/db/database";

/** Destinations with a held delivery, and why: a server that starts finds its circuits open where they were. */
export async function heldDestinations(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.query<{ destination: string; reason: string }>(
    `SELECT DISTINCT ON (destination) destination, held_reason AS reason
       FROM deliveries WHERE status = 'pending' AND held_reason IS NOT NULL
      ORDER BY destination, id DESC`,
  );
  return new Map(rows.map((r) => [r.destination, r.reason]));
}
