import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The form carries a signed "issued at" time and a random nonce. A submission faster than a person could type, or
 * older than a day, is refused — bots replay forms. The token is unique to one form on one page, so it is also the
 * submission's idempotency key: the same form sent twice is one enquiry.
 */
export const MIN_FILL_MS = 2_000;
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function sign(issuedAt: number, nonce: string, secret: string): string {
  return createHmac("sha256", secret).update(`enquiry-form:${issuedAt}:${nonce}`).digest("base64url");
}

export function issueFormToken(secret: string, now = Date.now()): string {
  const nonce = randomBytes(9).toString("base64url");
  return `${now}.${nonce}.${sign(now, nonce, secret)}`;
}

export type TokenCheck =
  { ok: true } | { ok: false; reason: "missing" | "invalid" | "too-fast" | "expired"; message: string };

export function checkFormToken(token: unknown, secret: string, now = Date.now()): TokenCheck {
  if (typeof token !== "string" || token.length === 0) {
    return { ok: false, reason: "missing", message: "This form has expired. Reload the page and send it again." };
  }
  const [time, nonce = "", signature] = token.split(".");
  const issuedAt = Number(time);
  const expected = Number.isSafeInteger(issuedAt) && /^[\w-]{12}$/.test(nonce) ? sign(issuedAt, nonce, secret) : "";
  const valid =
    !!signature &&
    expected.length === signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  if (!valid) {
    return { ok: false, reason: "invalid", message: "This form has expired. Reload the page and send it again." };
  }
  if (now - issuedAt < MIN_FILL_MS) {
    return {
      ok: false,
      reason: "too-fast",
      message: "That was sent faster than a person can type. Wait a moment and send it again.",
    };
  }
  if (now - issuedAt > MAX_AGE_MS) {
    return {
      ok: false,
      reason: "expired",
      message: "This form was opened more than a day ago. Reload the page and send it again.",
    };
  }
  return { ok: true };
}
