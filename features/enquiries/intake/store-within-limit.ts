import { findFirstSubmission, type SubmissionKeys } from "@/features/enquiries/store/outbox/find-first-submission";
import { storeSubmission, type NewSubmission } from "@/features/enquiries/store/outbox/store-submission";
import { HONEYPOT_FIELD } from "@/features/enquiries/intake/schema";
import type { EnquiryService } from "@/features/enquiries/service";

/** A filled honeypot: a bot. Its submission looks accepted, is kept as spam and never delivered. */
export function honeypotFilled(input: Record<string, unknown>): boolean {
  const value = input[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}

export type StoreOutcome = { kind: "accepted"; id: string } | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * The last steps of every form (enquiry, subscription), once its input is valid: count it against the sender's
 * address, store it with one delivery per CRM, and answer. Only what is stored counts — five typos must not lock
 * a person out — and a resend of a form already stored gets the first answer, even at the limit, uncounted.
 */
export async function storeWithinLimit(
  service: EnquiryService,
  submission: NewSubmission,
  options: { rateLimitAddress: string; keys: SubmissionKeys; spam: boolean },
): Promise<StoreOutcome> {
  const wait = await service.limiter.take(options.rateLimitAddress);
  if (wait > 0) {
    const first = await findFirstSubmission(service.db, options.keys);
    return first ? { kind: "accepted", id: first } : { kind: "rate-limited", retryAfterSeconds: wait };
  }
  const { id, created } = await storeSubmission(service.db, submission, {
    destinations: service.config.destinations.map((d) => d.name),
    spamReason: options.spam ? "honeypot field filled" : undefined,
    keys: options.keys,
  });
  if (!created) await service.limiter.refund(options.rateLimitAddress);
  return { kind: "accepted", id };
}
