import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorageUnavailableError } from "@/lib/db/database";
import { acceptEnquiry } from "@/features/enquiries/accept";
import { parseEnquiryConfig } from "@/features/enquiries/config";
import { issueFormToken } from "@/features/enquiries/issued-token";
import { createEnquiryService, type EnquiryService } from "@/features/enquiries/service";
import { getEnquiry } from "@/features/enquiries/reports/get-enquiry";

/** The accept pipeline on a real embedded store: what the endpoint turns into 201/422/429. */
let dir: string;
let service: EnquiryService;

const fields = (email: string, issued: string) => ({
  name: "Katherine Johnson",
  email,
  company: "Langley",
  role: "Mathematician",
  interest: "other",
  consent: true,
  issued,
});
const meta = (clientKey: string) => ({ clientKey, pageUri: "http://127.0.0.1/scaffold" });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "operators-log-accept-"));
  const config = parseEnquiryConfig({
    DATA_DIR: dir,
    ENQUIRY_RATE_LIMIT: "2",
    CRM_WEBHOOK_URL: "http://127.0.0.1:9/never-called",
    CRM_WEBHOOK_SECRET: "accept-test-secret-0123456789",
  });
  service = await createEnquiryService(config, { dispatcher: false });
});
afterAll(async () => {
  await service.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("accepting an enquiry", () => {
  const oldToken = () => issueFormToken(service.tokenSecret, Date.now() - 10_000);

  it("stores it with one pending delivery per destination and the consent text", async () => {
    const result = await acceptEnquiry(service, fields("kj@example.com", oldToken()), meta("a"));
    expect(result.kind).toBe("accepted");
    const stored = await getEnquiry(service.db, (result as { id: string }).id);
    expect(stored).toMatchObject({ status: "pending", email: "kj@example.com", consentVersion: "2026-11-01" });
    expect(stored!.consentText).toMatch(/^I agree that V8 Global may store/);
    expect(stored!.deliveries.map((d) => d.destination)).toEqual(["webhook"]);
  });

  it("keeps a honeypot submission as spam with no delivery at all", async () => {
    const result = await acceptEnquiry(
      service,
      { ...fields("bot@example.com", ""), website: "http://spam.example" },
      meta("b"),
    );
    expect(result.kind).toBe("accepted");
    const stored = await getEnquiry(service.db, (result as { id: string }).id);
    expect(stored).toMatchObject({ status: "spam", spamReason: "honeypot field filled", deliveries: [] });
  });

  it("refuses a fresh token, and a third enquiry from one address within the window", async () => {
    expect(
      await acceptEnquiry(service, fields("c1@example.com", issueFormToken(service.tokenSecret)), meta("c")),
    ).toMatchObject({
      kind: "invalid",
      errors: { form: expect.stringContaining("faster than a person can type") },
    });
    expect((await acceptEnquiry(service, fields("c2@example.com", oldToken()), meta("c"))).kind).toBe("accepted");
    const third = await acceptEnquiry(service, fields("c3@example.com", oldToken()), meta("c"));
    expect(third.kind).toBe("rate-limited");
    expect((third as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590);
    expect((await acceptEnquiry(service, fields("d1@example.com", oldToken()), meta("d"))).kind).toBe("accepted");
  });

  it("reports storage that cannot be reached as unavailable, not as a crash", async () => {
    const config = parseEnquiryConfig({ DATABASE_URL: "postgres://nobody@127.0.0.1:9/none" });
    await expect(createEnquiryService(config, { dispatcher: false })).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
