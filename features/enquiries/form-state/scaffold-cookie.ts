import { z } from "zod";
import { clearStateCookies, readStateCookies, stateCookies } from "@/lib/http/state-cookie";
import { validateEnquiry } from "@/features/enquiries/intake/schema";
import { FORM_MESSAGES, formMessageCode, type FormMessageCode, type FormState } from "./form-state";
import { SCAFFOLD_PATH } from "@/lib/site";

/**
 * The Scaffold form's no-JavaScript error round trip: the input goes back to /scaffold in the sender's own
 * signed cookies, for ten minutes, and is cleared once shown; the messages are given again by the form's own
 * rules from the values kept, and a form-level one travels as its code. No database row: nothing an anonymous
 * client sends grows storage unless it is accepted. Each value is kept up to far past its limit, so a too-long
 * message comes back nearly whole with its "too long" message.
 */
const COOKIE = "scaffold-form";
const PATH = SCAFFOLD_PATH;
const KEPT_CHARS = 3_000;

const text = z.string().max(KEPT_CHARS).optional();
const stateSchema = z.object({
  values: z.object({ name: text, email: text, company: text, role: text, interest: text, message: text }),
  consent: z.boolean(),
  form: z.enum(Object.keys(FORM_MESSAGES) as [FormMessageCode, ...FormMessageCode[]]).optional(),
});

export function scaffoldCookies(state: FormState, key: string): string[] {
  const values = Object.fromEntries(
    Object.entries(state.values).map(([field, value]) => [field, value?.slice(0, KEPT_CHARS)]),
  );
  const form = formMessageCode(state.errors.form);
  const kept = { values, consent: state.consent, ...(form ? { form } : {}) };
  // Past the cookies' room (multi-byte text near every limit), the state comes back without the long message.
  return (
    stateCookies(COOKIE, kept, PATH, key) ??
    stateCookies(COOKIE, { ...kept, values: { ...values, message: "" } }, PATH, key)!
  );
}

export const clearScaffoldCookies = () => clearStateCookies(COOKIE, PATH);

export function readScaffoldCookies(cookieHeader: string | undefined, key: string): FormState | undefined {
  const parsed = stateSchema.safeParse(readStateCookies(cookieHeader, COOKIE, key));
  if (!parsed.success) return undefined;
  const { values, consent, form } = parsed.data;
  const validation = validateEnquiry({ ...values, ...(consent ? { consent: "on" } : {}) });
  const errors = validation.ok ? {} : validation.errors;
  return { values, consent, errors: { ...errors, ...(form ? { form: FORM_MESSAGES[form] } : {}) } };
}
