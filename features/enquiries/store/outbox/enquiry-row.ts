import type { StoredEnquiry } from "@/features/enquiries/types";

/** An enquiries row as both drivers return it; timestamps may arrive as Date or text. */
export type EnquiryRow = {
  id: string;
  kind: StoredEnquiry["kind"];
  created_at: Date | string;
  name: string;
  email: string;
  company: string;
  role: string;
  interest: StoredEnquiry["interest"];
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

export function toEnquiry(row: EnquiryRow): StoredEnquiry {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: toIso(row.created_at)!,
    name: row.name,
    email: row.email,
    company: row.company,
    role: row.role,
    interest: row.interest,
    message: row.message,
    consentText: row.consent_text,
    consentVersion: row.consent_version,
    sourceSlug: row.source_slug,
    pageUri: row.page_uri,
    pageName: row.page_name,
    hutk: row.hutk,
  };
}
