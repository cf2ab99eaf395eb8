import { createHmac, randomBytes } from "node:crypto";
import { secretsEqual } from "@/lib/secure-compare";

/**
 * The form carries a signed "issued at" time, a random nonce and the kind of form it was issued for. A
 * submission faster than a person could type, or older than a day, is refused — bots replay forms. The nonce is
 * unique to one form on one page, so it is also the submission's once-per-form key: the same form sent twice is
 * one enquiry. The token is read strictly (exactly three parts, a 13-digit time, a 12-character nonce, a
 * 43-character signature), so no other spelling of a token can pass as a new form.
 */
export const MIN_FILL_MS = 2_000;
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The form a token was issued for: an enquiry token does not open the subscription form, nor the reverse. */
export type FormKind = "enquiry" | "subscription";

const TOKEN = /^(\d{13})\.([\w-]{12})\.([\w-]{43})$/;

function sign(kind: FormKind, issuedAt: number, nonce: string, secret: string): string {
  return createHmac("sha256", secret).update(`${kind}-form:${issuedAt}:${nonce}`).digest("base64url");
}

export function issueFormToken(secret: string, kind: FormKind, now = Date.now()): string {
  const nonce = randomBytes(9).toString("base64url");
  return `${now}.${nonce}.${sign(kind, now, nonce, secret)}`;
}

export type TokenCheck =
  | { ok: true; formToken: string }
  | { ok: false; reason: "missing" | "invalid" | "too-fast" | "expired"; message: string };

/** What each refusal says: the texts a refused no-JavaScript post carries back as codes (form-state.ts). */
export const TOKEN_MESSAGES = {
  expired: "This form has expired. Reload the page and send it again.",
  "too-fast": "That was sent faster than a person can type. Wait a moment and send it again.",
  stale: "This form was opened more than a day ago. Reload the page and send it again.",
} as const;
const EXPIRED = TOKEN_MESSAGES.expired;

export function checkFormToken(token: unknown, secret: string, kind: FormKind, now = Date.now()): TokenCheck {
  if (typeof token !== "string" || token.length === 0) return { ok: false, reason: "missing", message: EXPIRED };
  const parts = TOKEN.exec(token);
  const issuedAt = Number(parts?.[1]);
  if (!parts || !secretsEqual(parts[3]!, sign(kind, issuedAt, parts[2]!, secret))) {
    return { ok: false, reason: "invalid", message: EXPIRED };
  }
  if (now - issuedAt < MIN_FILL_MS) {
    return { ok: false, reason: "too-fast", message: TOKEN_MESSAGES["too-fast"] };
  }
  if (now - issuedAt > MAX_AGE_MS) {
    return { ok: false, reason: "expired", message: TOKEN_MESSAGES.stale };
  }
  return { ok: true, formToken: `${kind}:${parts[2]}` };
}
