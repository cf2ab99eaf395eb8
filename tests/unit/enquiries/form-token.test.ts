// The signed issued-at form token (features/enquiries/intake/form-token.ts).
import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken, MAX_AGE_MS } from "@/features/enquiries/intake/form-token";

describe("spam rules: the signed issued-at token", () => {
  const secret = "test-secret-0123456789abcdef";
  const issued = 1_800_000_000_000;
  const token = issueFormToken(secret, "enquiry", issued);
  const check = (t: unknown, at = issued + 15_000) => checkFormToken(t, secret, "enquiry", at);

  it("accepts a form filled in a human amount of time, keyed by its kind and nonce", () => {
    expect(check(token)).toEqual({ ok: true, formToken: `enquiry:${token.split(".")[1]}` });
  });
  it("rejects one sent in under 2 s", () => {
    expect(check(token, issued + 1_500)).toMatchObject({ ok: false, reason: "too-fast" });
  });
  it("is unique to each form, even two issued in the same millisecond", () => {
    expect(issueFormToken(secret, "enquiry", issued)).not.toBe(issueFormToken(secret, "enquiry", issued));
  });
  it("rejects one older than 24 h", () => {
    expect(check(token, issued + MAX_AGE_MS + 1)).toMatchObject({ ok: false, reason: "expired" });
  });
  it("rejects a forged or missing token", () => {
    const [time, nonce, signature] = token.split(".");
    expect(check(`${Number(time) - 60_000}.${nonce}.${signature}`)).toMatchObject({ reason: "invalid" });
    expect(check(`${time}.AAAAAAAAAAAA.${signature}`)).toMatchObject({ reason: "invalid" });
    expect(checkFormToken(token, "another-secret-0123456789", "enquiry", issued + 15_000)).toMatchObject({
      reason: "invalid",
    });
    expect(check(undefined)).toMatchObject({ reason: "missing" });
  });
  it("cannot be rewritten into another token: extra parts, a padded or signed time, spaces", () => {
    const [time, nonce, signature] = token.split(".");
    for (const rewritten of [
      `${token}.x`,
      `0${token}`,
      `+${token}`,
      ` ${token}`,
      `${token} `,
      `${time}.${nonce}.${signature}=`,
      `${time}.${nonce}`,
    ]) {
      expect(check(rewritten), rewritten).toMatchObject({ ok: false, reason: "invalid" });
    }
  });
  it("opens only the form it was issued for", () => {
    expect(checkFormToken(token, secret, "subscription", issued + 15_000)).toMatchObject({ reason: "invalid" });
    const subscription = issueFormToken(secret, "subscription", issued);
    expect(checkFormToken(subscription, secret, "subscription", issued + 15_000)).toMatchObject({ ok: true });
    expect(check(subscription)).toMatchObject({ reason: "invalid" });
  });
  it("answers a signature with a non-ASCII character as invalid, without throwing", () => {
    const [time, nonce, signature] = token.split(".");
    const forged = `${time}.${nonce}.${signature!.slice(0, -1)}é`;
    expect(() => check(forged)).not.toThrow();
    expect(check(forged)).toMatchObject({ reason: "invalid" });
  });
});
