import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseRetryAfter, retryDelayMs } from "@/features/enquiries/delivery/backoff";
import { hubspotSubmission, hubspotSubmitUrl, splitName } from "@/features/enquiries/delivery/crm/hubspot";
import { Webhook } from "standardwebhooks";
import { classifyHubSpotAnswer } from "@/features/enquiries/delivery/crm/hubspot-answers";
import {
  classifyWebhookAnswer,
  standardWebhookHeaders,
  webhookBody,
  webhookSignature,
} from "@/features/enquiries/delivery/crm/webhook";
import { bodyKind, originAllowed, parseBody } from "@/lib/http/body";
import { checkFormToken, issueFormToken, MAX_AGE_MS } from "@/features/enquiries/intake/form-token";
import { MAX_CLIENTS, RateLimiter } from "@/features/enquiries/intake/rate-limit";
import { validateEnquiry } from "@/features/enquiries/intake/schema";
import type { EnquirySubmission } from "@/features/enquiries/types";

const valid = {
  name: "  Ada   Lovelace ",
  email: " Ada@Example.COM ",
  company: "Analytical Engines Ltd",
  role: "Founder",
  interest: "build-conversation",
  message: "Line one\r\nLine two\u0007",
  consent: "on",
};

describe("enquiry schema", () => {
  it("normalises email, strips control characters and folds whitespace", () => {
    const result = validateEnquiry(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.email).toBe("ada@example.com");
    expect(result.data.name).toBe("Ada Lovelace");
    expect(result.data.message).toBe("Line one\nLine two");
  });

  it("gives one clear message per bad field", () => {
    const result = validateEnquiry({
      ...valid,
      name: " ",
      email: "not-an-email",
      interest: "lunch",
      consent: undefined,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: "Enter your name",
      email: "Enter an email address like name@company.com",
      interest: "Choose what you are interested in",
      consent: "Tick the box to agree to be contacted",
    });
  });

  it("caps lengths: message at 2000 characters, names at 120", () => {
    const long = validateEnquiry({ ...valid, message: "x".repeat(2001), name: "n".repeat(121) });
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.errors.message).toBe("Keep your message under 2000 characters");
    expect(long.errors.name).toBe("Keep your name under 120 characters");
    expect(validateEnquiry({ ...valid, message: "x".repeat(2000) }).ok).toBe(true);
  });

  it("treats the message as optional", () => {
    const { message: _message, ...rest } = valid;
    expect(validateEnquiry(rest).ok).toBe(true);
  });
});

describe("bidirectional controls", () => {
  it("never reach storage or the CRM: overrides, embeddings and isolates are removed from every field", () => {
    const result = validateEnquiry({
      ...valid,
      name: "Ada \u202Eecalevol\u202C",
      company: "\u2066Engines\u2069 Ltd",
      message: "Pay \u202Dinvoice\u202A 42",
    });
    expect(result.ok && result.data).toMatchObject({
      name: "Ada ecalevol",
      company: "Engines Ltd",
      message: "Pay invoice 42",
    });
  });
});

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

describe("rate limit", () => {
  it("allows 5 stored submissions per 10 minutes per address, then says how long to wait", () => {
    const limiter = new RateLimiter(5, 600_000);
    for (let i = 0; i < 5; i++) {
      expect(limiter.wait("1.2.3.4", 1000 + i)).toBe(0);
      limiter.record("1.2.3.4", 1000 + i);
    }
    expect(limiter.wait("1.2.3.4", 2000)).toBe(599);
    expect(limiter.wait("5.6.7.8", 2000)).toBe(0);
    expect(limiter.wait("1.2.3.4", 1000 + 600_000)).toBe(0);
  });
  it("is off at 0", () => {
    const limiter = new RateLimiter(0, 600_000);
    for (let i = 0; i < 100; i++) {
      expect(limiter.wait("x")).toBe(0);
      limiter.record("x");
    }
  });
  it("keeps at most MAX_CLIENTS addresses, whatever the number of addresses: 50,000 under a 20 MB ceiling", () => {
    const limiter = new RateLimiter(5, 600_000);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 50_000; i++)
      limiter.record(`2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::/64`, 1000 + i);
    expect(limiter.size).toBeLessThanOrEqual(MAX_CLIENTS);
    expect(limiter.size).toBeGreaterThan(MAX_CLIENTS * 0.8);
    global.gc?.();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
    // The most recent stay: the newest address is still limited, the oldest has been let go.
    for (let i = 0; i < 4; i++) limiter.record("2001:db8:0:c34f::/64", 60_000 + i);
    expect(limiter.wait("2001:db8:0:c34f::/64", 60_010)).toBeGreaterThan(0);
  });
});

describe("backoff", () => {
  it("uses full jitter under an exponential ceiling", () => {
    expect(retryDelayMs(1, { random: () => 0.999 })).toBe(1998);
    expect(retryDelayMs(3, { random: () => 0.5 })).toBe(4000);
    expect(retryDelayMs(4, { random: () => 0 })).toBe(0);
    expect(retryDelayMs(40, { random: () => 0.999 })).toBeLessThanOrEqual(30 * 60 * 1000);
  });
  it("never retries sooner than Retry-After says", () => {
    expect(retryDelayMs(1, { random: () => 0, retryAfterMs: 7_000 })).toBe(7_000);
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:00:10 GMT", Date.parse("Wed, 25 Nov 2026 12:00:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

const enquiry: EnquirySubmission = {
  id: "0b6d9a8e-8f7e-4c53-9d43-2c7e0f5b1a11",
  kind: "enquiry",
  createdAt: "2026-11-25T10:00:00.000Z",
  name: "Ada Lovelace King",
  email: "ada@example.com",
  company: "Analytical Engines",
  role: "Founder",
  interest: "membership",
  message: "",
  consentText: "I agree to be contacted.",
  consentVersion: "2026-11-01",
  sourceSlug: "launch",
  pageUri: "https://log.example.com/scaffold?from=launch",
  pageName: "Scaffold enquiry",
  hutk: "0123456789abcdef0123456789abcdef",
};

describe("HubSpot mapping", () => {
  const fresh = { now: Date.parse("2026-11-26T10:00:00.000Z") };
  it("maps an enquiry to a Forms API v3 submission", () => {
    expect(hubspotSubmission(enquiry, fresh)).toEqual({
      submittedAt: String(Date.parse("2026-11-25T10:00:00.000Z")),
      fields: [
        { objectTypeId: "0-1", name: "firstname", value: "Ada" },
        { objectTypeId: "0-1", name: "lastname", value: "Lovelace King" },
        { objectTypeId: "0-1", name: "email", value: "ada@example.com" },
        { objectTypeId: "0-1", name: "company", value: "Analytical Engines" },
        { objectTypeId: "0-1", name: "jobtitle", value: "Founder" },
        { objectTypeId: "0-1", name: "scaffold_interest", value: "membership" },
      ],
      context: { pageUri: enquiry.pageUri, pageName: "Scaffold enquiry", hutk: enquiry.hutk },
      legalConsentOptions: {
        consent: { consentToProcess: true, text: "I agree to be contacted.", communications: [] },
      },
    });
    expect(hubspotSubmission({ ...enquiry, hutk: null }, fresh).context).not.toHaveProperty("hutk");
  });
  it("sends a one-word name as first and last name, so a form that requires lastname takes it", () => {
    expect(splitName("Cher")).toEqual({ firstname: "Cher", lastname: "Cher" });
    expect(splitName("  Ada   Lovelace ")).toEqual({ firstname: "Ada", lastname: "Lovelace" });
  });
  it("never sends a submittedAt older than 29 days, and keeps the true time in the message", () => {
    const fortyDaysOn = Date.parse(enquiry.createdAt) + 40 * 86_400_000;
    const late = hubspotSubmission({ ...enquiry, message: "Hello." }, { now: fortyDaysOn });
    expect(late.submittedAt).toBe(String(fortyDaysOn));
    expect(late.fields.find((f) => f.name === "message")!.value).toBe(
      `Hello.\n\nSent through the site on ${enquiry.createdAt}; delivered late.`,
    );
    const day28 = Date.parse(enquiry.createdAt) + 28 * 86_400_000;
    expect(hubspotSubmission(enquiry, { now: day28 }).submittedAt).toBe(String(Date.parse(enquiry.createdAt)));
  });
  it("gives a newsletter sign-up its subscription type's consent, in the words the reader saw", () => {
    const signUp = { ...enquiry, kind: "subscription" as const, name: "", consentText: "Email me new posts." };
    expect(hubspotSubmission(signUp, { ...fresh, subscriptionTypeId: 4242 }).legalConsentOptions.consent).toEqual({
      consentToProcess: true,
      text: "Email me new posts.",
      communications: [{ value: true, subscriptionTypeId: 4242, text: "Email me new posts." }],
    });
    expect(
      hubspotSubmission(enquiry, { ...fresh, subscriptionTypeId: 4242 }).legalConsentOptions.consent.communications,
    ).toEqual([]);
  });
  it("posts to the authenticated submit endpoint of the portal and form", () => {
    expect(
      hubspotSubmitUrl({
        portalId: "123",
        formId: "ab-cd",
        accessToken: "t",
        apiUrl: "https://api.hsforms.com/",
        formsApiUrl: "https://api.hubapi.com",
      }),
    ).toBe("https://api.hsforms.com/submissions/v3/integration/secure/submit/123/ab-cd");
  });
});

describe("what a CRM's answer means", () => {
  const hubspot = (status: number, errorType?: string, retryAfterMs?: number) =>
    classifyHubSpotAnswer({
      status,
      text: JSON.stringify({ status: "error", message: "m", errors: errorType ? [{ message: "m", errorType }] : [] }),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    }).kind;
  it("HubSpot: the person's data is dead, our setup is held, and a pause is waited out", () => {
    expect(hubspot(200)).toBe("delivered");
    for (const type of ["INVALID_EMAIL", "BLOCKED_EMAIL"]) expect(hubspot(400, type)).toBe("dead");
    for (const type of ["REQUIRED_FIELD", "FIELD_NOT_IN_FORM_DEFINITION", "FORM_HAS_RECAPTCHA_ENABLED"]) {
      expect(hubspot(400, type)).toBe("held");
    }
    for (const status of [401, 403, 404]) expect(hubspot(status)).toBe("held");
    for (const status of [423, 429, 477, 500, 502, 503]) expect(hubspot(status)).toBe("wait");
    expect(hubspot(400, "SOMETHING_NEW")).toBe("dead");
    expect(classifyHubSpotAnswer({ status: 477, text: "", retryAfterMs: 86_400_000 })).toMatchObject({
      kind: "wait",
      retryAfterMs: 86_400_000,
    });
    expect(classifyHubSpotAnswer({ status: 423, text: "" })).toMatchObject({ retryAfterMs: 2_000 });
  });
  it("a webhook: 410 holds, 404 is retried for a day and then dead, other 4xx are dead", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const answer = (status: number, createdAt: string) =>
      classifyWebhookAnswer({ status, text: "" }, createdAt, now).kind;
    expect(answer(410, "2026-12-01T11:00:00Z")).toBe("held");
    expect(answer(404, "2026-12-01T11:00:00Z")).toBe("retry");
    expect(answer(404, "2026-11-30T11:00:00Z")).toBe("dead");
    expect(answer(503, "2026-11-01T11:00:00Z")).toBe("retry");
    expect(answer(400, "2026-12-01T11:00:00Z")).toBe("dead");
  });
});

describe("webhook signature", () => {
  const secret = "s3cret-s3cret-s3cret";
  const whsec = `whsec_${Buffer.from(secret).toString("base64")}`;
  const now = () => Math.floor(Date.now() / 1000);

  it("follows Standard Webhooks: the spec's own library verifies it, with the secret in its whsec_ form", () => {
    const body = webhookBody(enquiry);
    const headers = standardWebhookHeaders(enquiry.id, now(), body, secret);
    expect(headers["webhook-id"]).toBe(enquiry.id);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(whsec).verify(body, headers)).toEqual(JSON.parse(body));
    // A whsec_ secret is used as its bytes: the same key, either way it is written.
    expect(standardWebhookHeaders(enquiry.id, 1, body, whsec)).toEqual(
      standardWebhookHeaders(enquiry.id, 1, body, secret),
    );
  });

  it("cannot be replayed: an old capture is refused, and a fresh timestamp breaks its signature", () => {
    const body = webhookBody(enquiry);
    const captured = standardWebhookHeaders(enquiry.id, now() - 10 * 60, body, secret);
    expect(() => new Webhook(whsec).verify(body, captured)).toThrow(/timestamp too old/i);
    const restamped = { ...captured, "webhook-timestamp": String(now()) };
    expect(() => new Webhook(whsec).verify(body, restamped)).toThrow(/No matching signature/i);
    expect(() =>
      new Webhook(whsec).verify(`${body} `, standardWebhookHeaders(enquiry.id, now(), body, secret)),
    ).toThrow();
  });

  it("still sends the deprecated sha256=<hex HMAC of the raw body> for one release", () => {
    const body = webhookBody(enquiry);
    const expected = createHmac("sha256", "s3cret-s3cret-s3cret").update(body).digest("hex");
    expect(webhookSignature(body, "s3cret-s3cret-s3cret")).toBe(`sha256=${expected}`);
    expect(webhookSignature(`${body} `, "s3cret-s3cret-s3cret")).not.toBe(`sha256=${expected}`);
    expect(JSON.parse(body)).toEqual({ type: "scaffold.enquiry", enquiry });
  });
});

describe("request handling", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/api/enquiry", { method: "POST", headers });
  it("knows the two accepted content types", () => {
    expect(bodyKind("application/json; charset=utf-8")).toBe("json");
    expect(bodyKind("application/x-www-form-urlencoded")).toBe("form");
    expect(bodyKind("text/plain")).toBeUndefined();
    expect(parseBody("json", "[1]")).toBeUndefined();
    expect(parseBody("form", "name=A+B&consent=on")).toEqual({ name: "A B", consent: "on" });
  });
  it("accepts posts from SITE_URL's origin and origin-less ones, and no other: not even one the headers vouch for", () => {
    expect(originAllowed(request({}), "https://log.example.com")).toBe(true);
    expect(originAllowed(request({ origin: "https://log.example.com" }), "https://log.example.com")).toBe(true);
    expect(
      originAllowed(request({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), "https://log.example.com"),
    ).toBe(false);
    const forwarded = {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    };
    expect(originAllowed(request(forwarded), "https://log.example.com")).toBe(false);
  });
});
