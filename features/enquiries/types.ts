import type { INTERESTS } from "@/features/enquiries/intake/schema";

/**
 * What the outbox carries: a Scaffold enquiry, or an email subscription to new posts (only email, consent and
 * page; the other fields are empty). Both are stored, delivered, retried and listed the same way.
 */
export type SubmissionKind = "enquiry" | "subscription";

/** An accepted enquiry or subscription as stored and as sent to a CRM. */
export type StoredEnquiry = {
  id: string;
  kind: SubmissionKind;
  createdAt: string;
  name: string;
  email: string;
  company: string;
  role: string;
  interest: (typeof INTERESTS)[number] | "";
  message: string;
  consentText: string;
  consentVersion: string;
  sourceSlug: string | null;
  pageUri: string;
  pageName: string;
  hutk: string | null;
};

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

/** A CRM the enquiries go to. `deliver` never throws: every failure is an outcome. */
export interface CrmDestination {
  readonly name: "hubspot" | "webhook";
  deliver(enquiry: StoredEnquiry, options: { timeoutMs: number }): Promise<DeliveryOutcome>;
  /** A request that proves the destination answers (doctor), without creating anything. */
  probe?(options: { timeoutMs: number }): Promise<{ ok: boolean; detail: string }>;
}
