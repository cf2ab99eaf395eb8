import { createHmac } from "node:crypto";

/**
 * The token in an unlisted post's review link: the first 22 characters (132 bits) of the base64url HMAC-SHA256
 * of its slug under REVIEW_SECRET. It cannot be guessed from the slug, and a new secret ends every old link.
 * @param {string} slug
 * @param {string} secret
 */
export function reviewToken(slug, secret) {
  return createHmac("sha256", secret).update(slug).digest("base64url").slice(0, 22);
}
