// Reading HubSpot's answers (features/enquiries/delivery/crm/hubspot-answers.ts).
import { describe, expect, it } from "vitest";
import { classifyHubSpotAnswer } from "@/features/enquiries/delivery/crm/hubspot-answers";

describe("what HubSpot's answer means", () => {
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
});
