import { z } from "zod";
import { checkFormToken } from "@/features/enquiries/intake/form-token";
import { submissionKeys } from "@/features/enquiries/store/outbox/find-first-submission";
import { enquiryFieldsSchema, TOKEN_FIELD } from "@/features/enquiries/intake/schema";
import type { EnquiryService } from "@/features/enquiries/service";
import { honeypotFilled, storeWithinLimit } from "@/features/enquiries/intake/store-within-limit";
import { consentGiven } from "@/features/enquiries/intake/consent";

/** What the reader agrees to next to the box; stored with each subscription and sent to the CRM as given. */
export const SUBSCRIPTION_CONSENT = {
  version: "2026-11-25",
  text:
    "Send me each new post of the Operator's Log by email. V8 Global keeps my address for that alone, " +
    "and every email has a link to stop them.",
} as const;

/** One schema for the form's messages and the API's: the same email rule as the Scaffold form. */
export const subscriptionSchema = z.object({
  email: enquiryFieldsSchema.shape.email,
  consent: consentGiven("Tick the box to get the posts by email"),
});

export type SubscriptionErrors = Partial<Record<"email" | "consent" | "form", string>>;

export type SubscribeResult =
  | { kind: "accepted"; id: string }
  | { kind: "invalid"; errors: SubscriptionErrors }
  /** Valid, but from a page with no form token (a post's static page): the reader confirms on /subscribe. */
  | { kind: "confirm"; email: string }
  | { kind: "rate-limited"; retryAfterSeconds: number };

export function validateSubscription(input: Record<string, unknown>) {
  const parsed = subscriptionSchema.safeParse(input);
  if (parsed.success) return { ok: true as const, email: parsed.data.email };
  const errors: SubscriptionErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "consent" ? "consent" : "email";
    errors[field] ??= issue.message;
  }
  return { ok: false as const, errors };
}

/**
 * The Scaffold form's guards (rate limit, honeypot, signed issued-at token) in front of the same outbox: a
 * subscription is stored with one delivery per CRM, retried until it lands, and listed by the ops CLI.
 */
export async function acceptSubscription(
  service: EnquiryService,
  input: Record<string, unknown>,
  meta: { rateLimitAddress: string; pageUri: string; from?: string },
): Promise<SubscribeResult> {
  const validation = validateSubscription(input);
  if (!validation.ok) return { kind: "invalid", errors: validation.errors };
  const honeypot = honeypotFilled(input);
  let formToken: string | undefined;
  if (!honeypot) {
    if (input[TOKEN_FIELD] === undefined && meta.from) return { kind: "confirm", email: validation.email };
    const token = checkFormToken(input[TOKEN_FIELD], service.tokenSecret, "subscription");
    if (!token.ok) return { kind: "invalid", errors: { form: token.message } };
    formToken = token.formToken;
  }
  return storeWithinLimit(
    service,
    {
      kind: "subscription",
      email: validation.email,
      consentText: SUBSCRIPTION_CONSENT.text,
      consentVersion: SUBSCRIPTION_CONSENT.version,
      sourceSlug: meta.from ?? null,
      pageUri: meta.pageUri,
      pageName: "Email subscription",
      hutk: null,
    },
    {
      rateLimitAddress: meta.rateLimitAddress,
      keys: honeypot ? {} : submissionKeys(undefined, formToken),
      spam: honeypot,
    },
  );
}
