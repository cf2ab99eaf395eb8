import { randomUUID } from "node:crypto";
import type { Queryable } from "@/lib/db/database";
import type { StoredEnquiry } from "../types";

export type NewEnquiry = Omit<StoredEnquiry, "id" | "createdAt">;

/**
 * The enquiry and one delivery row per destination, in one statement — so in
 * one transaction (transactional outbox): either the CRM will be told, or
 * nothing was accepted. One round trip instead of BEGIN/INSERT/INSERT/COMMIT.
 */
export async function insertEnquiry(
  db: Queryable,
  enquiry: NewEnquiry,
  options: { destinations: readonly string[]; spamReason?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `WITH enquiry AS (
       INSERT INTO enquiries (id, name, email, company, role, interest, message, consent_text, consent_version,
         source_slug, page_uri, page_name, hutk, is_spam, spam_reason, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $17)
       RETURNING id)
     INSERT INTO deliveries (enquiry_id, destination)
     SELECT enquiry.id, destination FROM enquiry, unnest($16::text[]) AS destination`,
    [
      id,
      enquiry.name,
      enquiry.email,
      enquiry.company,
      enquiry.role,
      enquiry.interest,
      enquiry.message,
      enquiry.consentText,
      enquiry.consentVersion,
      enquiry.sourceSlug,
      enquiry.pageUri,
      enquiry.pageName,
      enquiry.hutk,
      Boolean(options.spamReason),
      options.spamReason ?? null,
      // Spam is kept for review, never delivered: it gets no delivery rows.
      options.spamReason ? [] : [...options.destinations],
      enquiry.kind,
    ],
  );
  return id;
}
