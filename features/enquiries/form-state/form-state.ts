import { createHmac } from "node:crypto";
import { TOKEN_MESSAGES } from "@/features/enquiries/intake/form-token";
import { FIELD_ORDER, type EnquiryFieldName, type FieldErrors } from "@/features/enquiries/intake/schema";

/** What the person typed, by field (the consent box is separate: it is a boolean). */
export type FormValues = Partial<Record<Exclude<EnquiryFieldName, "consent">, string>>;

/** Field messages, plus one for the whole form (a refused token, a failed connection). */
export type FormErrors = FieldErrors & { form?: string };

/** A form to show again: the input kept and what is wrong with it. */
export type FormState = { values: FormValues; consent: boolean; errors: FormErrors };

/** The state to show again after a refused submission, from the submitted fields. */
export function formStateFrom(input: Record<string, unknown>, errors: FormErrors): FormState {
  const values: FormValues = {};
  for (const field of FIELD_ORDER) {
    if (field !== "consent" && typeof input[field] === "string") values[field] = input[field];
  }
  return { values, consent: Boolean(input.consent), errors };
}

/**
 * A form-level message travels in a cookie as its code, never as text: what a refused post can come back with.
 * Field messages are not carried at all: the form's own rules give them again from the values kept.
 */
export const FORM_MESSAGES = {
  ...TOKEN_MESSAGES,
  unavailable: "Subscriptions cannot be saved right now, and nothing was saved. Please try again in a few minutes.",
} as const;
export type FormMessageCode = keyof typeof FORM_MESSAGES;

export function formMessageCode(text: string | undefined): FormMessageCode | undefined {
  return (Object.keys(FORM_MESSAGES) as FormMessageCode[]).find((code) => FORM_MESSAGES[code] === text);
}

/** The key state cookies are signed with: the server's form-token secret, put to this one use. */
export function stateCookieKey(tokenSecret: string): string {
  return createHmac("sha256", tokenSecret).update("operators-log state cookies").digest("base64url");
}
