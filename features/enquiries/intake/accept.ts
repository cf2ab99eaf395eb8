import { CONSENT } from "@/features/enquiries/intake/consent";
import { checkFormToken } from "@/features/enquiries/intake/form-token";
import type { FormErrors } from "@/features/enquiries/form-state/form-state";
import { submissionKeys } from "@/features/enquiries/store/outbox/find-first-submission";
import { sourceSlug, TOKEN_FIELD, validateEnquiry } from "@/features/enquiries/intake/schema";
import type { EnquiryService } from "@/features/enquiries/service";
import { honeypotFilled, storeWithinLimit } from "@/features/enquiries/intake/store-within-limit";

export type EnquiryRequestMeta = {
  rateLimitAddress: string;
  /** The client's own Idempotency-Key header (JSON API); the form's nonce serves when there is none. */
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
 * Delivery is the caller's to start, once the answer has gone (the handler's `afterResponse`, run by lib/http/web-handler.ts).
 */
export async function acceptEnquiry(
  service: EnquiryService,
  input: Record<string, unknown>,
  meta: EnquiryRequestMeta,
): Promise<AcceptResult> {
  const validation = validateEnquiry(input);
  if (!validation.ok) return { kind: "invalid", errors: validation.errors };

  const honeypot = honeypotFilled(input);
  let formToken: string | undefined;
  if (!honeypot) {
    const token = checkFormToken(input[TOKEN_FIELD], service.tokenSecret, "enquiry");
    if (!token.ok) return { kind: "invalid", errors: { form: token.message } };
    formToken = token.formToken;
  }
  return storeWithinLimit(
    service,
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
      rateLimitAddress: meta.rateLimitAddress,
      keys: honeypot ? {} : submissionKeys(meta.idempotencyKey, formToken),
      spam: honeypot,
    },
  );
}
