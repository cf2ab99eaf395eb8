import { CONSENT } from "./consent";
import { checkFormToken } from "./issued-token";
import type { FormErrors } from "./form-state/form-state";
import { findFirstSubmission, submissionKeys } from "./outbox/find-by-idempotency-key";
import { insertEnquiry } from "./outbox/insert-enquiry";
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
  // The same form (or Idempotency-Key) again: the first submission's answer, nothing stored, nothing counted.
  const keys = honeypot ? {} : submissionKeys(meta.idempotencyKey, input[TOKEN_FIELD]);
  const first = await findFirstSubmission(service.db, keys);
  if (first) return { kind: "accepted", id: first };
  // Only what would be stored counts against the limit: five typos must not lock a person out.
  const wait = await service.limiter.take(meta.clientKey);
  if (wait > 0) return { kind: "rate-limited", retryAfterSeconds: wait };

  const id = await insertEnquiry(
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
  return { kind: "accepted", id };
}
