// The enquiry schema (features/enquiries/intake/schema.ts): what is kept of each field, and the messages.
import { describe, expect, it } from "vitest";
import { validateEnquiry } from "@/features/enquiries/intake/schema";

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
