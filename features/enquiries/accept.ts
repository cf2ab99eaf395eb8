import { CONSENT } from "./consent";
import { checkFormToken } from "./issued-token";
import type { FormErrors } from "./form-state/form-state";
import { findFirstSubmission, submissionKeys } from "./outbox/find-by-idempotency-key";
import { storeSubmission } from "./outbox/insert-enquiry";
import { HONEYPOT_FIELD, sourceSlug, TOKEN_FIELD, validateEnquiry } from "./schema";
import type { EnquiryService } from "./service";

export type EnquiryRequestMeta = {
  clientKey: string;
  /** The client's own Idempotency-Key header (JSON API); the form's token serves when there is none. */
  idempotencyKey?: string;
  pageUri: string;
  hutk?: string;
  from?: string;
};

export type AcceptResult =
  | { kind: "accepted"; id: string }
  | { kind: "invalid"; errors: FormErrors }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * Validate, screen for spam and store an enquiry with its deliveries. Spam
 * looks accepted to the sender (so bots learn nothing) but is never delivered.
 * Delivery is the caller's to start, once the answer has gone (the API route's after()).
 */
export async function acceptEnquiry(
  service: EnquiryService,
  input: Record<string, unknown>,
  meta: EnquiryRequestMeta,
): Promise<AcceptResult> {
  const validation = validateEnquiry(input);
  if (!validation.ok) return { kind: "invalid", errors: validation.errors };

  const honeypot = typeof input[HONEYPOT_FIELD] === "string" && (input[HONEYPOT_FIELD] as string).trim() !== "";
  if (!honeypot) {
    const token = checkFormToken(input[TOKEN_FIELD], service.tokenSecret);
    if (!token.ok) return { kind: "invalid", errors: { form: token.message } };
  }
  const keys = honeypot ? {} : submissionKeys(meta.idempotencyKey, input[TOKEN_FIELD]);
  // Only what would be stored counts against the limit: five typos must not lock a person out. A resend of a
  // form already stored gets that first answer, even at the limit, and is not counted.
  const wait = await service.limiter.take(meta.clientKey);
  if (wait > 0) {
    const first = await findFirstSubmission(service.db, keys);
    return first ? { kind: "accepted", id: first } : { kind: "rate-limited", retryAfterSeconds: wait };
  }

  const { id, created } = await storeSubmission(
    service.db,
    {
      kind: "enquiry",
      ...validation.data,
      consentText: CONSENT.text,
      consentVersion: CONSENT.version,
      sourceSlug: sourceSlug(meta.from) ?? null,
      pageUri: meta.pageUri,
      pageName: "Scaffold enquiry",
      hutk: meta.hutk && /^[0-9a-f]{32}$/i.test(meta.hutk) ? meta.hutk : null,
    },
    {
      destinations: service.config.destinations.map((d) => d.name),
      spamReason: honeypot ? "honeypot field filled" : undefined,
      keys,
    },
  );
  if (!created) await service.limiter.refund(meta.clientKey); // a resend: the first one's answer, uncounted
  return { kind: "accepted", id };
}
