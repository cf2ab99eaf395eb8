// The HubSpot Forms API body and address (features/enquiries/delivery/crm/hubspot.ts).
import { describe, expect, it } from "vitest";
import { hubspotSubmission, hubspotSubmitUrl, splitName } from "@/features/enquiries/delivery/crm/hubspot";
import { storedEnquiry as enquiry } from "../../helpers/enquiries";

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
