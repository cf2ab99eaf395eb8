import { z } from "zod";

/**
 * The no-JavaScript round trip of the subscription form, kept in the reader's own browser instead of the
 * database: what they typed and what was wrong with it, for ten minutes, on /subscribe only. Nothing an
 * anonymous visitor sends is stored unless it is accepted.
 */
export const SUBSCRIBE_COOKIE = "subscribe-form";
const MAX_AGE_S = 600;

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

export function subscribeCookie(state: SubscribeFormState): string {
  const value = Buffer.from(JSON.stringify(state)).toString("base64url");
  return `${SUBSCRIBE_COOKIE}=${value}; Path=/subscribe; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax`;
}

export const CLEAR_SUBSCRIBE_COOKIE = `${SUBSCRIBE_COOKIE}=; Path=/subscribe; Max-Age=0; HttpOnly; SameSite=Lax`;

/** The state in a Cookie header, or undefined when absent or not ours (a cookie is the client's to change). */
export function readSubscribeCookie(value: string | undefined): SubscribeFormState | undefined {
  if (!value) return undefined;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
