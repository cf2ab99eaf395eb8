import { randomUUID } from "node:crypto";
import type { Queryable } from "@/lib/db/database";
import type { Submission } from "@/features/enquiries/types";
import { findFirstSubmission, type SubmissionKeys } from "@/features/enquiries/store/outbox/find-first-submission";

/** A submission before it is stored: the store gives it its id and time. */
export type NewSubmission = Submission extends infer S
  ? S extends Submission
    ? Omit<S, "id" | "createdAt">
    : never
  : never;

/**
 * The submission and one delivery row per destination, in one statement — so in one transaction (transactional
 * outbox): either the CRM will be told, or nothing was accepted. One round trip instead of BEGIN/INSERT/INSERT/
 * COMMIT. With its form token or Idempotency-Key already stored, nothing is written and the first submission's
 * id comes back (`created: false`): the same form sent twice is one submission.
 */
export async function storeSubmission(
  db: Queryable,
  submission: NewSubmission,
  options: { destinations: readonly string[]; spamReason?: string; keys?: SubmissionKeys },
): Promise<{ id: string; created: boolean }> {
  const id = randomUUID();
  // A subscription has no name, company, role, interest or message: the table keeps '' there (NOT NULL).
  const enquiry = submission.kind === "enquiry" ? submission : undefined;
  const [first] = await db.query<{ id: string }>(
    `WITH enquiry AS (
       INSERT INTO submissions (id, name, email, company, role, interest, message, consent_text, consent_version,
         source_slug, page_uri, page_name, hutk, is_spam, spam_reason, kind, form_token, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $17, $18, $19)
       ON CONFLICT DO NOTHING
       RETURNING id),
     delivery AS (
       INSERT INTO deliveries (enquiry_id, destination)
       SELECT enquiry.id, destination FROM enquiry, unnest($16::text[]) AS destination)
     SELECT id FROM enquiry`,
    [
      id,
      enquiry?.name ?? "",
      submission.email,
      enquiry?.company ?? "",
      enquiry?.role ?? "",
      enquiry?.interest ?? "",
      enquiry?.message ?? "",
      submission.consentText,
      submission.consentVersion,
      submission.sourceSlug,
      submission.pageUri,
      submission.pageName,
      submission.hutk,
      Boolean(options.spamReason),
      options.spamReason ?? null,
      // Spam is kept for review, never delivered: it gets no delivery rows.
      options.spamReason ? [] : [...options.destinations],
      submission.kind,
      options.keys?.formToken ?? null,
      options.keys?.idempotencyKey ?? null,
    ],
  );
  if (first) return { id: first.id, created: true };
  // Nothing inserted: a key is taken by the first submission (maybe committed only after this statement's
  // snapshot, by a twin sent at the same moment), which a fresh read finds. Only resends pay this second query.
  const twin = await findFirstSubmission(db, options.keys ?? {});
  if (!twin) throw new Error("the submission was neither stored nor found under its form token or Idempotency-Key");
  return { id: twin, created: false };
}
