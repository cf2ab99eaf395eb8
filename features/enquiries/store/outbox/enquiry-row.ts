import type { EnquirySubmission, Submission } from "@/features/enquiries/types";

/** A submissions row as both drivers return it; timestamps may arrive as Date or text. */
export type SubmissionRow = {
  id: string;
  kind: Submission["kind"];
  created_at: Date | string;
  name: string;
  email: string;
  company: string;
  role: string;
  interest: EnquirySubmission["interest"] | "";
  message: string;
  consent_text: string;
  consent_version: string;
  source_slug: string | null;
  page_uri: string;
  page_name: string;
  hutk: string | null;
};

export const toIso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString();

/**
 * A row as the submission of its kind. The table keeps a subscription's enquiry-only columns as empty strings
 * (they are NOT NULL, for the previous release); a subscription never carries them.
 */
export function toSubmission(row: SubmissionRow): Submission {
  const common = {
    id: row.id,
    createdAt: toIso(row.created_at)!,
    email: row.email,
    consentText: row.consent_text,
    consentVersion: row.consent_version,
    sourceSlug: row.source_slug,
    pageUri: row.page_uri,
    pageName: row.page_name,
    hutk: row.hutk,
  };
  if (row.kind === "subscription") return { kind: "subscription", ...common };
  const { id, createdAt, email, ...rest } = common;
  // The enquiry's fields in the order receivers have always had them (the webhook body is this object).
  return {
    id,
    kind: "enquiry",
    createdAt,
    name: row.name,
    email,
    company: row.company,
    role: row.role,
    interest: row.interest as EnquirySubmission["interest"],
    message: row.message,
    ...rest,
  };
}
