import type { Queryable } from "@/lib/db/database";

export type DeliveryCounts = { pending: number; dead: number; delivered: number };

export async function deliveryCounts(db: Queryable): Promise<DeliveryCounts> {
  const rows = await db.query<{ status: keyof DeliveryCounts; n: string | number }>(
    "SELECT status, count(*) AS n FROM deliveries GROUP BY status",
  );
  const counts: DeliveryCounts = { pending: 0, dead: 0, delivered: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
