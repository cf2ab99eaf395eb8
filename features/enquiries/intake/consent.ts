import { z } from "zod";

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

/** A ticked consent box, as a form posts it ("on") or JSON sends it (true, "true", "yes"); `message` if not. */
export const consentGiven = (message: string) =>
  z.union([z.literal(true), z.literal("on"), z.literal("true"), z.literal("yes")], { error: message });
