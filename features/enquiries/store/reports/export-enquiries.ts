import type { Queryable } from "@/lib/db/database";
import { toSubmission, type SubmissionRow } from "@/features/enquiries/store/outbox/enquiry-row";
import type { Submission } from "@/features/enquiries/types";
import { ENQUIRY_STATUS_SQL, type EnquiryStatus } from "@/features/enquiries/store/reports/enquiry-status";

export type ExportedEnquiry = Submission & { status: EnquiryStatus };

/** Every enquiry, newest first, with its status: one query however many there are. */
export async function exportEnquiries(db: Queryable): Promise<ExportedEnquiry[]> {
  const rows = await db.query<SubmissionRow & { status: EnquiryStatus }>(
    `SELECT e.*, ${ENQUIRY_STATUS_SQL} AS status
       FROM submissions e LEFT JOIN deliveries d ON d.enquiry_id = e.id
      GROUP BY e.id
      ORDER BY e.created_at DESC, e.id`,
  );
  return rows.map((row) => ({ ...toSubmission(row), status: row.status }));
}
