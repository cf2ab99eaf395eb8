// The routes the forms post to and land on: plain constants, free of the environment, so the Scaffold form's
// client bundle and next.config.mjs (through lib/csp.mjs) can read them. lib/site.ts re-exports them.

/** The Scaffold enquiry form, where an enquiry accepted without JavaScript lands, and the endpoint it posts to. */
export const SCAFFOLD_PATH = "/scaffold";
export const SCAFFOLD_THANKS_PATH = "/scaffold/thanks";
export const ENQUIRY_API_PATH = "/api/enquiry";

/** The feeds, and the email subscription form (its #by-email section). */
export const SUBSCRIBE_PATH = "/subscribe";

/** Where a subscription accepted without JavaScript lands. */
export const SUBSCRIBED_PATH = "/subscribe/thanks";

/** The endpoint both subscription forms post to. */
export const SUBSCRIBE_API_PATH = "/api/subscribe";
