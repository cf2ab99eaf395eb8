import { FIELD_ORDER, type EnquiryFieldName, type FieldErrors } from "../schema";

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
