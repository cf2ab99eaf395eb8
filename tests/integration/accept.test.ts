import { beforeAll, describe, expect, it } from "vitest";
import { StorageUnavailableError } from "@/lib/db/database";
import { acceptEnquiry } from "@/features/enquiries/intake/accept";
import { parseEnquiryConfig } from "@/features/enquiries/config";
import { issueFormToken } from "@/features/enquiries/intake/form-token";
import { createEnquiryService, type EnquiryService } from "@/features/enquiries/service";
import { getEnquiry } from "@/features/enquiries/store/reports/get-enquiry";
import { temporaryService } from "../helpers/stores";

/** The accept pipeline on a real embedded store: what the endpoint turns into 201/422/429. */
const temporary = temporaryService({
  ENQUIRY_RATE_LIMIT: "2",
  CRM_WEBHOOK_URL: "http://127.0.0.1:9/never-called",
  CRM_WEBHOOK_SECRET: "accept-test-secret-0123456789",
});
let service: EnquiryService;
beforeAll(() => {
  service = temporary.current();
});

const fields = (email: string, issued: string) => ({
  name: "Katherine Johnson",
  email,
  company: "Langley",
  role: "Mathematician",
  interest: "other",
  consent: true,
  issued,
});
const meta = (rateLimitAddress: string) => ({ rateLimitAddress, pageUri: "http://127.0.0.1/scaffold" });

describe("accepting an enquiry", () => {
  const oldToken = () => issueFormToken(service.tokenSecret, "enquiry", Date.now() - 10_000);

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

  it("refuses a fresh token without counting it, and a third stored enquiry from one address", async () => {
    expect(
      await acceptEnquiry(service, fields("c1@example.com", issueFormToken(service.tokenSecret, "enquiry")), meta("c")),
    ).toMatchObject({
      kind: "invalid",
      errors: { form: expect.stringContaining("faster than a person can type") },
    });
    // The refused one did not count: two more are stored before the limit of 2 answers.
    expect((await acceptEnquiry(service, fields("c2@example.com", oldToken()), meta("c"))).kind).toBe("accepted");
    expect((await acceptEnquiry(service, fields("c3@example.com", oldToken()), meta("c"))).kind).toBe("accepted");
    const third = await acceptEnquiry(service, fields("c4@example.com", oldToken()), meta("c"));
    expect(third.kind).toBe("rate-limited");
    expect((third as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590);
    expect((await acceptEnquiry(service, fields("d1@example.com", oldToken()), meta("d"))).kind).toBe("accepted");
  });

  it("stores a form once: the same token again returns the first id and stores nothing", async () => {
    const token = oldToken();
    const first = await acceptEnquiry(service, fields("once@example.com", token), meta("e"));
    // The answer was lost (a connection reset); the person presses Send again, twice.
    const again = await acceptEnquiry(service, fields("once@example.com", token), meta("e"));
    const third = await acceptEnquiry(service, fields("once@example.com", token), meta("e"));
    expect(first.kind).toBe("accepted");
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    const rows = await service.db.query<{ n: number | string }>(
      "SELECT count(*) AS n FROM submissions WHERE email = 'once@example.com'",
    );
    expect(Number(rows[0]!.n)).toBe(1);
    const deliveries = await service.db.query<{ n: number | string }>(
      "SELECT count(*) AS n FROM deliveries WHERE enquiry_id = $1",
      [(first as { id: string }).id],
    );
    expect(Number(deliveries[0]!.n)).toBe(1);
  });

  it("honours a client's Idempotency-Key the same way, apart from the form token", async () => {
    const withKey = (token: string) =>
      acceptEnquiry(service, fields("keyed@example.com", token), { ...meta("f"), idempotencyKey: "order-42" });
    const first = await withKey(oldToken());
    expect(await withKey(oldToken())).toEqual(first);
    const other = await acceptEnquiry(service, fields("keyed@example.com", oldToken()), {
      ...meta("f"),
      idempotencyKey: "order-43",
    });
    expect(other.kind).toBe("accepted");
    expect(other).not.toEqual(first);
  });

  it("reports storage that cannot be reached as unavailable, not as a crash", async () => {
    const config = parseEnquiryConfig({ DATABASE_URL: "postgres://nobody@127.0.0.1:9/none" });
    await expect(createEnquiryService(config, { dispatcher: false })).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
