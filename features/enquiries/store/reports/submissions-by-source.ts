import type { Queryable } from "@/lib/db/database";
import type { SubmissionKind } from "@/features/enquiries/types";

export type SourcedSubmission = { slug: string; kind: SubmissionKind; createdAt: Date };

/**
 * Submissions (not spam) sent from a post's call to action or email form since `since`, with their kind and
 * time: the readership report counts them per post and day. Only the post and time are read, nothing personal.
 */
export async function submissionsBySource(db: Queryable, since: Date): Promise<SourcedSubmission[]> {
  const rows = await db.query<{ slug: string; kind: SubmissionKind; created_at: Date | string }>(
    `SELECT source_slug AS slug, kind, created_at FROM submissions
      WHERE source_slug IS NOT NULL AND NOT is_spam AND created_at >= $1`,
    [since],
  );
  return rows.map((r) => ({ slug: r.slug, kind: r.kind, createdAt: new Date(r.created_at) }));
}
