/**
 * The consent the visitor sees next to the checkbox. Its exact text and
 * version are stored with each enquiry and sent to HubSpot as given.
 * Change the text → bump the version.
 */
export const CONSENT = {
  version: "2026-11-01",
  text:
    "I agree that V8 Global may store the details in this form and contact me about Scaffold. " +
    "I can ask for them to be deleted at any time.",
} as const;
