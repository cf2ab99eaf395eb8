// Valid submissions as the outbox stores them (storeSubmission's input), and storing one, for the delivery tests.
import { CONSENT } from "@/features/enquiries/intake/consent";
import { SUBSCRIPTION_CONSENT } from "@/features/enquiries/intake/subscription";
import { storeSubmission, type NewSubmission } from "@/features/enquiries/store/outbox/store-submission";
import type { EnquirySubmission } from "@/features/enquiries/types";
import type { Queryable } from "@/lib/db/database";

/** The i-th valid Scaffold enquiry: a name, an address and a message of its own. */
export function newEnquiry(i: number) {
  return {
    kind: "enquiry" as const,
    name: `Test Person ${i}`,
    email: `person-${i}@example.com`,
    company: "Example Ltd",
    role: "Operator",
    interest: "membership" as const,
    message: `Enquiry number ${i}`,
    consentText: CONSENT.text,
    consentVersion: CONSENT.version,
    sourceSlug: null as string | null,
    pageUri: "http://127.0.0.1/scaffold",
    pageName: "Scaffold enquiry",
    hutk: null,
  };
}

/** The i-th email sign-up: an address and the consent the reader saw, nothing else. */
export function newSubscription(i: number) {
  return {
    kind: "subscription" as const,
    email: `person-${i}@example.com`,
    consentText: SUBSCRIPTION_CONSENT.text,
    consentVersion: SUBSCRIPTION_CONSENT.version,
    sourceSlug: null as string | null,
    pageUri: "http://127.0.0.1/subscribe",
    pageName: "Email subscription",
    hutk: null,
  };
}

/** Stores a submission as the intake would, and gives back its id. */
export async function insertSubmission(
  db: Queryable,
  submission: NewSubmission,
  options: Parameters<typeof storeSubmission>[2],
): Promise<string> {
  return (await storeSubmission(db, submission, options)).id;
}

/** An enquiry as the store hands it to a CRM: a fixed id and time, a three-word name, a tracking cookie. */
export const storedEnquiry: EnquirySubmission = {
  id: "0b6d9a8e-8f7e-4c53-9d43-2c7e0f5b1a11",
  kind: "enquiry",
  createdAt: "2026-11-25T10:00:00.000Z",
  name: "Ada Lovelace King",
  email: "ada@example.com",
  company: "Analytical Engines",
  role: "Founder",
  interest: "membership",
  message: "",
  consentText: "I agree to be contacted.",
  consentVersion: "2026-11-01",
  sourceSlug: "launch",
  pageUri: "https://log.example.com/scaffold?from=launch",
  pageName: "Scaffold enquiry",
  hutk: "0123456789abcdef0123456789abcdef",
};
