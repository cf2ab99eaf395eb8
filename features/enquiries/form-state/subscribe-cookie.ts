import { z } from "zod";
import { clearStateCookies, readStateCookies, stateCookies } from "@/lib/http/state-cookie";
import { validateSubscription, type SubscriptionErrors } from "@/features/enquiries/intake/subscription";
import { FORM_MESSAGES, formMessageCode, type FormMessageCode } from "./form-state";
import { SUBSCRIBE_PATH } from "@/lib/site";

/**
 * The no-JavaScript round trip of the subscription form, kept in the reader's own signed cookies instead of
 * the database: what they typed, for ten minutes, on /subscribe only. Its messages are given again by the
 * form's own rules from what was typed, and a form-level one travels as its code. Nothing an anonymous visitor
 * sends is stored unless it is accepted.
 */
const COOKIE = "subscribe-form";
const PATH = SUBSCRIBE_PATH;

const stateSchema = z.object({
  email: z.string().max(320),
  consent: z.boolean(),
  form: z.enum(Object.keys(FORM_MESSAGES) as [FormMessageCode, ...FormMessageCode[]]).optional(),
  /** Valid, sent from a post without a form token: the reader presses Subscribe once more on /subscribe. */
  confirm: z.boolean().optional(),
  from: z.string().max(200).optional(),
});

export type SubscribeFormState = {
  email: string;
  consent: boolean;
  errors: SubscriptionErrors;
  confirm?: boolean;
  from?: string;
};

export function subscribeCookies(state: SubscribeFormState, key: string): string[] {
  const { errors, ...kept } = state;
  const form = formMessageCode(errors.form);
  // At most a few hundred bytes: the fields are capped above.
  return stateCookies(COOKIE, { ...kept, ...(form ? { form } : {}) }, PATH, key)!;
}

export const clearSubscribeCookies = () => clearStateCookies(COOKIE, PATH);

export function readSubscribeCookies(cookieHeader: string | undefined, key: string): SubscribeFormState | undefined {
  const parsed = stateSchema.safeParse(readStateCookies(cookieHeader, COOKIE, key));
  if (!parsed.success) return undefined;
  const { form, ...state } = parsed.data;
  const validation = state.confirm
    ? { ok: true as const }
    : validateSubscription({ email: state.email, consent: state.consent || undefined });
  const errors: SubscriptionErrors = validation.ok ? {} : { ...validation.errors };
  return { ...state, errors: { ...errors, ...(form ? { form: FORM_MESSAGES[form] } : {}) } };
}
