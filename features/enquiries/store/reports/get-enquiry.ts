import type { Queryable } from "@/lib/db/database";
import { toSubmission, toIso, type SubmissionRow } from "@/features/enquiries/store/outbox/enquiry-row";
import type { Submission } from "@/features/enquiries/types";
import { ENQUIRY_STATUS_SQL, type EnquiryStatus } from "@/features/enquiries/store/reports/enquiry-status";

export type DeliveryAttempt = {
  at: string;
  outcome: string;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
};

export type DeliveryDetail = {
  destination: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  history: DeliveryAttempt[];
};

export type EnquiryDetail = Submission & {
  status: EnquiryStatus;
  spamReason: string | null;
  deliveries: DeliveryDetail[];
};

type DeliveryRow = {
  id: number;
  destination: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
  delivered_at: Date | string | null;
  history: { at: string; outcome: string; http_status: number | null; error: string | null; duration_ms: number }[];
};

/** One enquiry with every delivery and its attempt history, in one query (json aggregates). */
export async function getEnquiry(db: Queryable, id: string): Promise<EnquiryDetail | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<
    SubmissionRow & { spam_reason: string | null; status: EnquiryStatus; deliveries: DeliveryRow[] | string }
  >(
    `SELECT e.*, ${ENQUIRY_STATUS_SQL} AS status,
            coalesce(json_agg(json_build_object(
              'id', d.id, 'destination', d.destination, 'status', d.status, 'attempts', d.attempts,
              'next_attempt_at', d.next_attempt_at, 'last_error', d.last_error, 'delivered_at', d.delivered_at,
              'history', (SELECT coalesce(json_agg(json_build_object('at', a.attempted_at, 'outcome', a.outcome,
                            'http_status', a.http_status, 'error', a.error, 'duration_ms', a.duration_ms) ORDER BY a.id), '[]'::json)
                            FROM delivery_attempts a WHERE a.delivery_id = d.id))
              ORDER BY d.destination) FILTER (WHERE d.id IS NOT NULL), '[]'::json) AS deliveries
       FROM submissions e LEFT JOIN deliveries d ON d.enquiry_id = e.id
      WHERE e.id = $1
      GROUP BY e.id`,
    [id],
  );
  if (!row) return undefined;
  const deliveries: DeliveryRow[] = typeof row.deliveries === "string" ? JSON.parse(row.deliveries) : row.deliveries;
  return {
    ...toSubmission(row),
    status: row.status,
    spamReason: row.spam_reason,
    deliveries: deliveries.map((d) => ({
      destination: d.destination,
      status: d.status,
      attempts: Number(d.attempts),
      nextAttemptAt: d.status === "pending" ? toIso(d.next_attempt_at) : null,
      lastError: d.last_error,
      deliveredAt: toIso(d.delivered_at),
      history: d.history.map((a) => ({
        at: toIso(a.at)!,
        outcome: a.outcome,
        httpStatus: a.http_status,
        error: a.error,
        durationMs: Number(a.duration_ms),
      })),
    })),
  };
}
