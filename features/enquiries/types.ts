import type { INTERESTS } from "@/features/enquiries/intake/schema";

/**
 * Enquiries: what the site accepts from its two forms and delivers to the CRMs.
 *
 * Glossary
 * - submission: what a reader sent and the site stored, of one kind: an enquiry (the Scaffold form) or a
 *   subscription (an email sign-up). Stored in `submissions`, once, before the sender hears "accepted".
 * - kind: "enquiry" or "subscription"; each kind has its own fields (a subscription has no name or company).
 * - delivery: one submission's journey to one CRM (a `deliveries` row): pending, delivered or dead.
 * - attempt: one try of a delivery, recorded with its outcome, status and duration (`delivery_attempts`).
 * - lease: the time a worker holds a claimed delivery; past it another may claim it (the worker died).
 * - circuit: per CRM, open after failures in a row or a setup error: no sends but one probe per interval.
 * - form token: the signed issued-at token a form carries (intake/form-token.ts); its kind and nonce are the
 *   submission's `form_token`, unique, so the same form sent twice is stored once.
 * - Idempotency-Key: the HTTP header a JSON client may send; stored as `idempotency_key`, unique likewise.
 * - rate-limit address: the sender's address as the rate limit counts it (lib/http/client-address.ts); never
 *   stored with a submission.
 * - dead: a delivery whose submission's own data the CRM refused; it waits for an operator's retry.
 * - held: a delivery waiting because the CRM refuses our setup (token, form, field); no attempt is used.
 */

export type SubmissionKind = "enquiry" | "subscription";

type SubmissionCommon = {
  id: string;
  createdAt: string;
  email: string;
  consentText: string;
  consentVersion: string;
  /** The post the sender came from (its call to action or email form), if any. */
  sourceSlug: string | null;
  pageUri: string;
  pageName: string;
  hutk: string | null;
};

/** A Scaffold enquiry as stored and as sent to a CRM. */
export type EnquirySubmission = SubmissionCommon & {
  kind: "enquiry";
  name: string;
  company: string;
  role: string;
  interest: (typeof INTERESTS)[number];
  message: string;
};

/** An email sign-up: the address, the consent the reader saw and the page, nothing else. */
export type SubscriptionSubmission = SubmissionCommon & { kind: "subscription" };

/** An accepted submission of either kind, as stored and as sent to a CRM. */
export type Submission = EnquirySubmission | SubscriptionSubmission;

/**
 * What one attempt came to:
 * - delivered: the CRM has it.
 * - retry: a failure worth trying again (a timeout, a connection refused); it uses up an attempt, so the backoff grows.
 * - wait: the CRM asked us to come back later (HubSpot 423, 477, 429, 5xx), honouring its Retry-After, up to a
 *   day; it uses up no attempt.
 * - held: the CRM refuses our setup (a token, a form, a required field), not this submission: it waits, no attempt
 *   used, the destination's circuit opens and the operator is told; a probe that gets through sends it.
 * - dead: this submission's own data is refused; an operator can retry it.
 */
export type DeliveryOutcome =
  | { kind: "delivered"; status: number }
  | { kind: "retry"; error: string; status?: number; retryAfterMs?: number }
  | { kind: "wait"; error: string; status: number; retryAfterMs?: number }
  | { kind: "held"; error: string; status: number }
  | { kind: "dead"; error: string; status: number };

/** A CRM the submissions go to. `deliver` never throws: every failure is an outcome. */
export interface CrmDestination {
  readonly name: "hubspot" | "webhook";
  deliver(submission: Submission, options: { timeoutMs: number }): Promise<DeliveryOutcome>;
  /** A request that proves the destination answers (doctor), without creating anything. */
  probe?(options: { timeoutMs: number }): Promise<{ ok: boolean; detail: string }>;
}
