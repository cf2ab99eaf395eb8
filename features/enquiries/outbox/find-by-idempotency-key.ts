import type { Queryable } from "@/lib/db/database";

/**
 * The key a submission is stored under: the client's Idempotency-Key when it sends one, else the form's token
 * (unique to one form on one page). Prefixed, so a client's key can never equal a token.
 */
export function submissionKey(header: string | undefined, token: unknown): string | undefined {
  if (header && header.length <= 200) return `key:${header}`;
  return typeof token === "string" && token.length > 0 && token.length <= 200 ? `form:${token}` : undefined;
}

/** The id of the submission already stored under `key`, if any. */
export async function findByIdempotencyKey(db: Queryable, key: string): Promise<string | undefined> {
  const [row] = await db.query<{ id: string }>("SELECT id FROM enquiries WHERE idempotency_key = $1", [key]);
  return row?.id;
}
