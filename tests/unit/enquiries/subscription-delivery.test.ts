import { describe, expect, it } from "vitest";
import { hubspotDestination, hubspotSubmitUrl } from "@/features/enquiries/delivery/crm/hubspot";
import { webhookBody } from "@/features/enquiries/delivery/crm/webhook";
import { validateSubscription } from "@/features/enquiries/intake/subscription";
import type { SubscriptionSubmission } from "@/features/enquiries/types";

const subscription: SubscriptionSubmission = {
  id: "5d0f6c1e-2b7a-4f3e-9a51-0c9e3f1d2a77",
  kind: "subscription",
  createdAt: "2026-11-25T10:00:00.000Z",
  email: "reader@example.com",
  consentText: "Send me each new post.",
  consentVersion: "2026-11-25",
  sourceSlug: "a-post",
  pageUri: "https://example.com/subscribe",
  pageName: "Email subscription",
  hutk: null,
};

describe("email subscriptions", () => {
  it("reach a webhook as an event of type subscription, carrying only what was given", () => {
    const body = JSON.parse(webhookBody(subscription));
    expect(body.type).toBe("subscription");
    expect(body.subscription).toEqual({
      id: subscription.id,
      createdAt: subscription.createdAt,
      email: "reader@example.com",
      consentText: "Send me each new post.",
      consentVersion: "2026-11-25",
      sourceSlug: "a-post",
      pageUri: "https://example.com/subscribe",
    });
  });

  it("go to HubSpot's newsletter form, and wait (retry) while no such form is configured", async () => {
    const config = {
      portalId: "1",
      formId: "enquiries",
      accessToken: "t",
      apiUrl: "http://127.0.0.1:9",
      formsApiUrl: "http://127.0.0.1:9",
    };
    const waiting = await hubspotDestination(config).deliver(subscription, { timeoutMs: 1000 });
    expect(waiting).toMatchObject({ kind: "retry", error: expect.stringContaining("HUBSPOT_NEWSLETTER_FORM_ID") });
    expect(hubspotSubmitUrl({ ...config, newsletterFormId: "news" }, "news")).toMatch(/\/submit\/1\/news$/);
  });

  it("need an address and the box ticked, with the Scaffold form's email rule", () => {
    expect(validateSubscription({ email: " Reader@Example.com ", consent: "on" })).toEqual({
      ok: true,
      email: "reader@example.com",
    });
    expect(validateSubscription({ email: "nope" })).toEqual({
      ok: false,
      errors: {
        email: "Enter an email address like name@company.com",
        consent: "Tick the box to get the posts by email",
      },
    });
  });
});
