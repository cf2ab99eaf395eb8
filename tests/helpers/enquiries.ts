// Valid submissions as the outbox stores them (insertEnquiry's input), for the delivery tests.
import { CONSENT } from "@/features/enquiries/intake/consent";
import { SUBSCRIPTION_CONSENT } from "@/features/enquiries/intake/subscription";

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
    sourceSlug: null,
    pageUri: "http://127.0.0.1/scaffold",
    pageName: "Scaffold enquiry",
    hutk: null,
  };
}

/** The i-th email sign-up: an address and the consent the reader saw, nothing else. */
export function newSubscription(i: number) {
  return {
    ...newEnquiry(i),
    kind: "subscription" as const,
    name: "",
    company: "",
    role: "",
    interest: "" as const,
    message: "",
    consentText: SUBSCRIPTION_CONSENT.text,
    consentVersion: SUBSCRIPTION_CONSENT.version,
    pageUri: "http://127.0.0.1/subscribe",
    pageName: "Email subscription",
  };
}
