import { z } from "zod";
import { clearStateCookies, readStateCookies, stateCookies } from "@/lib/http/state-cookie";

/**
 * The no-JavaScript round trip of the subscription form, kept in the reader's own browser instead of the
 * database: what they typed and what was wrong with it, for ten minutes, on /subscribe only. Nothing an
 * anonymous visitor sends is stored unless it is accepted.
 */
const COOKIE = "subscribe-form";
const PATH = "/subscribe";

const stateSchema = z.object({
  email: z.string().max(320),
  consent: z.boolean(),
  errors: z.object({
    email: z.string().max(300).optional(),
    consent: z.string().max(300).optional(),
    form: z.string().max(300).optional(),
  }),
  /** Valid, sent from a post without a form token: the reader presses Subscribe once more on /subscribe. */
  confirm: z.boolean().optional(),
  from: z.string().max(200).optional(),
});

export type SubscribeFormState = z.output<typeof stateSchema>;

export function subscribeCookies(state: SubscribeFormState): string[] {
  return stateCookies(COOKIE, state, PATH)!; // at most a few hundred bytes: the fields are capped above
}

export const clearSubscribeCookies = () => clearStateCookies(COOKIE, PATH);

export function readSubscribeCookies(cookieHeader: string | undefined): SubscribeFormState | undefined {
  const parsed = stateSchema.safeParse(readStateCookies(cookieHeader, COOKIE));
  return parsed.success ? parsed.data : undefined;
}
