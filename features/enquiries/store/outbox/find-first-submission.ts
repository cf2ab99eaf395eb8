import type { Queryable } from "@/lib/db/database";

/**
 * What a submission is known by: its form's kind and nonce ("enquiry:<nonce>", from a token that checked out:
 * unique to one form on one page), and the client's own Idempotency-Key when the JSON API is given one. Either
 * one seen before means "the same submission".
 */
export type SubmissionKeys = { formKey?: string; clientKey?: string };

export function submissionKeys(header: string | undefined, formKey: string | undefined): SubmissionKeys {
  return {
    ...(formKey ? { formKey } : {}),
    ...(header && header.length <= 200 ? { clientKey: header } : {}),
  };
}

/** The id of the submission already stored under either key, if any. */
export async function findFirstSubmission(db: Queryable, keys: SubmissionKeys): Promise<string | undefined> {
  if (!keys.formKey && !keys.clientKey) return undefined;
  const [row] = await db.query<{ id: string }>(
    // Two lookups rather than an OR, so each uses its own index.
    `SELECT id FROM enquiries WHERE idempotency_key = $1
     UNION ALL SELECT id FROM enquiries WHERE client_key = $2 LIMIT 1`,
    [keys.formKey ?? null, keys.clientKey ?? null],
  );
  return row?.id;
}
