import type { Queryable } from "@/lib/db/database";
import { toIso } from "@/features/enquiries/store/outbox/enquiry-row";
import { ENQUIRY_STATUS_SQL, type EnquiryStatus } from "@/features/enquiries/store/reports/enquiry-status";

export type EnquirySummary = {
  id: string;
  kind: "enquiry" | "subscription";
  createdAt: string;
  name: string;
  email: string;
  company: string;
  interest: string;
  status: EnquiryStatus;
};

export async function listEnquiries(
  db: Queryable,
  options: { status?: EnquiryStatus; limit?: number } = {},
): Promise<EnquirySummary[]> {
  const rows = await db.query<Omit<EnquirySummary, "createdAt"> & { created_at: Date }>(
    `SELECT * FROM (
       SELECT e.id, e.kind, e.created_at, e.name, e.email, e.company, e.interest, ${ENQUIRY_STATUS_SQL} AS status
         FROM submissions e LEFT JOIN deliveries d ON d.enquiry_id = e.id
        GROUP BY e.id) AS s
      WHERE ($1::text IS NULL OR s.status = $1::text)
      ORDER BY s.created_at DESC, s.id
      LIMIT $2`,
    [options.status ?? null, options.limit ?? 100_000],
  );
  return rows.map(({ created_at, ...r }) => ({ ...r, createdAt: toIso(created_at)! }));
}
