import { z } from "zod";
import { clearStateCookies, readStateCookies, stateCookies } from "@/lib/http/state-cookie";
import type { FormState } from "./form-state";

/**
 * The Scaffold form's no-JavaScript error round trip: the input and the messages go back to /scaffold in the
 * sender's own cookies, for ten minutes, and are cleared once shown. No database row: nothing an anonymous client
 * sends grows storage unless it is accepted. Each value is kept up to far past its limit, so a too-long message
 * comes back nearly whole with its "too long" message.
 */
const COOKIE = "scaffold-form";
const PATH = "/scaffold";
const KEPT_CHARS = 3_000;

const text = z.string().max(KEPT_CHARS).optional();
const stateSchema = z.object({
  values: z.object({ name: text, email: text, company: text, role: text, interest: text, message: text }),
  consent: z.boolean(),
  errors: z.record(z.string(), z.string().max(500)),
});

export function scaffoldCookies(state: FormState): string[] {
  const values = Object.fromEntries(
    Object.entries(state.values).map(([field, value]) => [field, value?.slice(0, KEPT_CHARS)]),
  );
  // Past the cookies' room (multi-byte text near every limit), the messages come back without the long message.
  return (
    stateCookies(COOKIE, { ...state, values }, PATH) ??
    stateCookies(COOKIE, { ...state, values: { ...values, message: "" } }, PATH)!
  );
}

export const clearScaffoldCookies = () => clearStateCookies(COOKIE, PATH);

export function readScaffoldCookies(cookieHeader: string | undefined): FormState | undefined {
  const parsed = stateSchema.safeParse(readStateCookies(cookieHeader, COOKIE));
  return parsed.success ? (parsed.data as FormState) : undefined;
}
