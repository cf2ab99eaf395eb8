import { timingSafeEqual } from "node:crypto";

/**
 * Whether two secrets are equal, in time that does not depend on where they differ. Compared as UTF-8 bytes:
 * timingSafeEqual throws on inputs of different byte lengths, which two strings of one length can be (a
 * non-ASCII character is two to four bytes), so a forged signature must never reach it unequal in length.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && b.length > 0 && timingSafeEqual(a, b);
}
