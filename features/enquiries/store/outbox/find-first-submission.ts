import type { Queryable } from "@/lib/db/database";

/**
 * What a submission is known by: its form's kind and nonce ("enquiry:<nonce>", from a token that checked out:
 * unique to one form on one page), and the client's own Idempotency-Key when the JSON API is given one. Either
 * one seen before means "the same submission".
 */
export type SubmissionKeys = { formToken?: string; idempotencyKey?: string };

export function submissionKeys(header: string | undefined, formToken: string | undefined): SubmissionKeys {
  return {
    ...(formToken ? { formToken } : {}),
    ...(header && header.length <= 200 ? { idempotencyKey: header } : {}),
  };
}

/** The id of the submission already stored under either key, if any. */
export async function findFirstSubmission(db: Queryable, keys: SubmissionKeys): Promise<string | undefined> {
  if (!keys.formToken && !keys.idempotencyKey) return undefined;
  const [row] = await db.query<{ id: string }>(
    // Two lookups rather than an OR, so each uses its own index.
    `SELECT id FROM submissions WHERE form_token = $1
     UNION ALL SELECT id FROM submissions WHERE idempotency_key = $2 LIMIT 1`,
    [keys.formToken ?? null, keys.idempotencyKey ?? null],
  );
  return row?.id;
}
