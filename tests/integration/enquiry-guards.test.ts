import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The endpoint as the server runs it (postEnquiry, getHealth and the one service per process), on a real
// embedded store. The environment is this file's own: vitest runs each file in a worker of its own.
const dir = mkdtempSync(path.join(os.tmpdir(), "operators-log-guards-"));
Object.assign(process.env, {
  DATA_DIR: dir,
  ENQUIRY_RATE_LIMIT: "5",
  TRUSTED_PROXY_HOPS: "0",
  HEALTH_TOKEN: "guards-health-token-0123456789",
  HEALTH_MAX_QUEUE_AGE_S: "900",
  CRM_WEBHOOK_URL: "http://127.0.0.1:9/never-called",
  CRM_WEBHOOK_SECRET: "guards-test-secret-0123456789",
  DELIVERY_INTERVAL_MS: "3600000",
});
const { postEnquiry } = await import("@/features/enquiries/api/post-enquiry");
const { getHealth } = await import("@/features/enquiries/api/health");
const { enquiryService } = await import("@/features/enquiries/service");
const { issueFormToken } = await import("@/features/enquiries/intake/form-token");
const { PEER_HEADER } = await import("@/lib/http/client-address");

type Service = Awaited<ReturnType<typeof enquiryService>>;
let service: Service;
beforeAll(async () => {
  service = await enquiryService();
});
afterAll(async () => {
  await service.stop();
  rmSync(dir, { recursive: true, force: true });
});

const valid = (email: string) => ({
  name: "Mary Jackson",
  email,
  company: "Langley",
  role: "Engineer",
  interest: "other",
  consent: "on",
  issued: issueFormToken(service.tokenSecret, "enquiry", Date.now() - 10_000),
});

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return postEnquiry(
    new Request("http://127.0.0.1/api/enquiry", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", [PEER_HEADER]: "192.0.2.10", ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

async function tableCounts() {
  const [row] = await service.db.query<Record<string, string | number>>(
    `SELECT (SELECT count(*) FROM submissions) AS enquiries, (SELECT count(*) FROM deliveries) AS deliveries,
            (SELECT count(*) FROM settings) AS settings`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

describe("the enquiry endpoint's guards", () => {
  it("2,000 invalid no-JavaScript posts store nothing: the input goes back in the sender's cookies", async () => {
    const before = await tableCounts();
    for (let i = 0; i < 2_000; i++) {
      const { response } = await post({ name: `Typo ${i}`, email: "not-an-email", message: "x".repeat(500) });
      expect(response.status).toBe(303);
      if (i === 0) expect(response.headers.getSetCookie()[0]).toMatch(/^scaffold-form\.0=/);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("a direct client cannot choose its address: forged X-Forwarded-For headers share one limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { response } = await post(valid(`forged-${i}@example.com`), {
        [PEER_HEADER]: "198.51.100.20",
        "x-forwarded-for": `10.0.${i}.1`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429, 429]);
  });

  it("twenty at once from one address: exactly the limit gets through", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(valid(`burst-${i}@example.com`), { [PEER_HEADER]: "198.51.100.40", "x-forwarded-for": `10.1.${i}.1` }),
      ),
    );
    const thanked = answers.filter(({ response }) => response.headers.get("location") === "/scaffold/thanks");
    expect(thanked).toHaveLength(5);
    expect(answers.filter(({ response }) => response.status === 429)).toHaveLength(15);
  });

  it("typos do not count against the limit; only stored submissions do", async () => {
    for (let i = 0; i < 10; i++) {
      const { response } = await post({ email: "typo" }, { [PEER_HEADER]: "198.51.100.30" });
      expect(response.headers.get("location")).toBe("/scaffold");
    }
    const { response } = await post(valid("after-typos@example.com"), { [PEER_HEADER]: "198.51.100.30" });
    expect(response.headers.get("location")).toBe("/scaffold/thanks");
  });

  it("health is ok in public with no details, degraded when a submission waits too long, details with the token", async () => {
    const open = await getHealth(new Request("http://127.0.0.1/api/health"));
    expect([open.status, await open.json()]).toEqual([200, { status: "ok" }]);
    await service.db.query("UPDATE submissions SET created_at = now() - interval '20 minutes'");
    await new Promise((r) => setTimeout(r, 5_100)); // the verdict is kept 5 s
    const late = await getHealth(new Request("http://127.0.0.1/api/health"));
    expect([late.status, await late.json()]).toEqual([503, { status: "degraded" }]);
    const detailed = await getHealth(
      new Request("http://127.0.0.1/api/health", {
        headers: { authorization: "Bearer guards-health-token-0123456789" },
      }),
    );
    expect(await detailed.json()).toMatchObject({
      status: "degraded",
      problems: [expect.stringMatching(/oldest waiting delivery is \d+ s old \(limit 900 s\)/)],
      storage: { driver: "pglite", status: "ok" },
    });
  }, 20_000);

  it("a form's token cannot be rewritten into new ones: one form, one enquiry", async () => {
    const form = valid("one-form@example.com");
    const before = (await tableCounts()).enquiries!;
    const first = await post(form, { [PEER_HEADER]: "198.51.100.50" });
    expect(first.response.headers.get("location")).toBe("/scaffold/thanks");
    for (const [i, rewritten] of [`${form.issued}.x`, `0${form.issued}`, `+${form.issued}`].entries()) {
      const { response } = await post(
        { ...form, email: `rewritten-${i}@example.com`, issued: rewritten },
        { [PEER_HEADER]: `198.51.100.${51 + i}` },
      );
      expect(response.headers.get("location"), rewritten).toBe("/scaffold");
    }
    expect((await tableCounts()).enquiries).toBe(before + 1);
  });

  it("a signature with a non-ASCII character is a 422 with the form's message, not a storage alarm", async () => {
    const [time, nonce, signature] = valid("x@example.com").issued.split(".");
    const { response } = await postEnquiry(
      new Request("http://127.0.0.1/api/enquiry", {
        method: "POST",
        headers: { "content-type": "application/json", [PEER_HEADER]: "198.51.100.60" },
        body: JSON.stringify({ ...valid("accent@example.com"), issued: `${time}.${nonce}.${signature!.slice(1)}é` }),
      }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).errors.form).toMatch(/This form has expired/);
  });

  it("health answers a wrong bearer token 401, with one log line and no stack", async () => {
    const lines: unknown[][] = [];
    const spies = (["warn", "error", "log"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args)),
    );
    try {
      const refused = await getHealth(
        new Request("http://127.0.0.1/api/health", {
          headers: { authorization: "Bearer guards-health-tokén-012345678" },
        }),
      );
      expect([refused.status, await refused.json()]).toEqual([401, { status: "unauthorised" }]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(String(lines[0]![0])).toMatch(/^health: refused an Authorization header/);
    expect(lines.flat().some((part) => part instanceof Error || /\n\s+at /.test(String(part)))).toBe(false);
  });

  it("health is degraded when the store refuses a write (a full disk), though it still reads", async () => {
    await service.db.query("UPDATE submissions SET created_at = now()");
    await service.db.exec(`
      CREATE FUNCTION refuse_writes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER disk_full BEFORE INSERT OR UPDATE ON settings FOR EACH ROW EXECUTE FUNCTION refuse_writes();`);
    await new Promise((r) => setTimeout(r, 5_100));
    const full = await getHealth(new Request("http://127.0.0.1/api/health"));
    expect([full.status, await full.json()]).toEqual([503, { status: "degraded" }]);
    const detailed = await getHealth(
      new Request("http://127.0.0.1/api/health", {
        headers: { authorization: "Bearer guards-health-token-0123456789" },
      }),
    );
    expect((await detailed.json()).problems).toEqual([expect.stringContaining("No space left on device")]);
    await service.db.exec("DROP TRIGGER disk_full ON settings; DROP FUNCTION refuse_writes();");
  }, 20_000);
});
