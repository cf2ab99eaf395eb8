import { z } from "zod";
import { consentGiven } from "@/features/enquiries/intake/consent";

/**
 * One schema for the Scaffold enquiry, used by the form in the browser and by
 * POST /api/enquiry, so both reject the same input with the same messages.
 */

export const INTERESTS = ["membership", "build-conversation", "other"] as const;
export const INTEREST_LABELS: Record<(typeof INTERESTS)[number], string> = {
  membership: "Scaffold membership",
  "build-conversation": "A build conversation",
  other: "Something else",
};

export const MESSAGE_MAX = 2000;

/** The honeypot (a field people never see or fill) and the signed issued-at token, by form field name. */
export const HONEYPOT_FIELD = "website";
export const TOKEN_FIELD = "issued";

/** The post that sent the reader (`/scaffold?from=<slug>`), kept only when it looks like one of our slugs. */
export function sourceSlug(value: unknown): string | undefined {
  return typeof value === "string" && /^[a-z0-9-]{1,120}$/.test(value) ? value : undefined;
}

// Control characters (except newline and tab in the message) never reach storage or the CRM.
// Control characters, zero-width marks, and the bidirectional embeddings, overrides and isolates
// (U+202A–202E, U+2066–2069), which make a name or a message read differently in the CRM than it was typed.
const stripControls = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, "");
const oneLine = (s: string) =>
  stripControls(s.replace(/[\t\r\n]+/g, " "))
    .replace(/\s+/g, " ")
    .trim();

const field = (label: string, max: number) =>
  z
    .string({ error: `Enter your ${label}` })
    .transform(oneLine)
    .pipe(z.string().min(1, `Enter your ${label}`).max(max, `Keep your ${label} under ${max} characters`));

export const enquiryFieldsSchema = z.object({
  name: field("name", 120),
  email: z
    .string({ error: "Enter your work email" })
    .transform((s) => oneLine(s).toLowerCase())
    .pipe(
      z
        .string()
        .min(1, "Enter your work email")
        .max(254, "That email address is too long")
        .pipe(z.email({ error: "Enter an email address like name@company.com" })),
    ),
  company: field("company", 160),
  role: field("role", 120),
  interest: z.enum(INTERESTS, { error: "Choose what you are interested in" }),
  message: z
    .string()
    .optional()
    .transform((s) => stripControls((s ?? "").replace(/\r\n?/g, "\n")).trim())
    .pipe(z.string().max(MESSAGE_MAX, `Keep your message under ${MESSAGE_MAX} characters`)),
  consent: consentGiven("Tick the box to agree to be contacted"),
});

export type EnquiryFieldName = keyof z.input<typeof enquiryFieldsSchema>;
export type EnquiryFields = z.output<typeof enquiryFieldsSchema>;
export type FieldErrors = Partial<Record<EnquiryFieldName, string>>;

export const FIELD_ORDER: EnquiryFieldName[] = ["name", "email", "company", "role", "interest", "message", "consent"];

export type ValidationResult = { ok: true; data: EnquiryFields } | { ok: false; errors: FieldErrors };

/** Validate; on failure, one message per field (the first), in form order. */
export function validateEnquiry(input: Record<string, unknown>): ValidationResult {
  const result = enquiryFieldsSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as EnquiryFieldName | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
