// The webhook's answers and its Standard Webhooks signature (features/enquiries/delivery/crm/webhook.ts).
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import {
  classifyWebhookAnswer,
  standardWebhookHeaders,
  webhookBody,
  webhookSignature,
} from "@/features/enquiries/delivery/crm/webhook";
import { storedEnquiry as enquiry } from "../../helpers/enquiries";

describe("what a webhook receiver's answer means", () => {
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
