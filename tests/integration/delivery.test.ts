import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/database";
import { StoreLockedError } from "@/lib/db/lock";
import { parseEnquiryConfig, type EnquiryConfig } from "@/features/enquiries/config";
import { createAlerter } from "@/features/enquiries/delivery/alerts";
import { DestinationCircuits } from "@/features/enquiries/delivery/circuit";
import { deliverPendingEnquiries, startDeliveryLoop } from "@/features/enquiries/delivery/dispatcher";
import { submissionLimiter } from "@/features/enquiries/intake/rate-limit";
import { openStore } from "@/features/enquiries/service";
import { deleteExpiredEnquiries } from "@/features/enquiries/store/outbox/delete-expired";
import { erasePerson } from "@/features/enquiries/store/outbox/erase-person";
import { claimDueDeliveries } from "@/features/enquiries/store/outbox/claim-due-deliveries";
import { getEnquiry } from "@/features/enquiries/store/reports/get-enquiry";
import { listEnquiries } from "@/features/enquiries/store/reports/list-enquiries";
import { FAKE_WEBHOOK_SECRET, startFakeCrm } from "@/tooling/fake-crm";
import { startMessageReceiver } from "@/tooling/message-receiver";
import { createDatabase, startTestCluster, type TestCluster } from "@/tooling/postgres";
import { insertSubmission, newEnquiry } from "../helpers/enquiries";
// Fails the run in CI when PostgreSQL is missing, instead of skipping half the suite unseen.
import { pgReason } from "../helpers/stores";

type FakeCrm = Awaited<ReturnType<typeof startFakeCrm>>;

let crm: FakeCrm;
let cluster: TestCluster | undefined;

beforeAll(async () => {
  crm = await startFakeCrm();
  if (!pgReason) cluster = await startTestCluster();
});
afterAll(async () => {
  await crm?.close();
  cluster?.stop();
});

const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Run a script (tsx) as its own process with the given environment; resolves with its exit and output. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  const child = spawn("npx", ["tsx", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

type Driver = { name: "pglite" | "postgres"; env: () => Promise<Record<string, string>>; skip?: string };

const drivers: Driver[] = [
  {
    name: "pglite",
    env: async () => ({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "operators-log-pglite-")) }),
  },
  {
    name: "postgres",
    skip: pgReason,
    env: async () => ({ DATABASE_URL: await createDatabase(cluster!, `t_${Math.random().toString(36).slice(2, 10)}`) }),
  },
];

for (const driver of drivers) {
  describe.skipIf(Boolean(driver.skip))(`delivery on ${driver.name}`, () => {
    let env: Record<string, string>;
    let config: EnquiryConfig;
    let db: Database | undefined;

    const open = async () => (db = await openStore(config));
    const close = async () => {
      await db?.close();
      db = undefined;
    };
    const oneRow = async <T extends Record<string, unknown>>(sql: string) => (await db!.query<T>(sql))[0]!;
    const deliverNow = () =>
      deliverPendingEnquiries(db!, {
        destinations: config.destinations,
        timeoutMs: 1_000,
        leaseMs: config.leaseMs,
        random: () => 0,
      });

    beforeAll(async () => {
      env = {
        ...(await driver.env()),
        CRM_WEBHOOK_URL: `${crm.url}/webhook`,
        CRM_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
        HUBSPOT_PORTAL_ID: "4242",
        HUBSPOT_FORM_ID: "form-1",
        HUBSPOT_ACCESS_TOKEN: "fake-hubspot-token",
        HUBSPOT_API_URL: crm.url,
        CRM_TIMEOUT_MS: "1000",
        DELIVERY_LEASE_MS: "2500",
      };
      config = parseEnquiryConfig(env);
      await open();
    });
    beforeEach(async () => {
      // Each case starts from an empty store and a fake CRM that has seen nothing.
      if (!db) await open();
      await db!.exec(
        "DELETE FROM delivery_attempts; DELETE FROM deliveries; DELETE FROM submissions; DELETE FROM rate_limit_hits;",
      );
      crm.received.length = 0;
      await crm.setMode("ok");
    });
    afterAll(async () => {
      await close();
      if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
    });

    it("CRM down, then up: every enquiry is delivered exactly once to each destination", async () => {
      await crm.setMode("down");
      const ids = [];
      for (let i = 0; i < 20; i++)
        ids.push(await insertSubmission(db!, newEnquiry(i), { destinations: ["hubspot", "webhook"] }));
      const whileDown = await deliverNow();
      expect(whileDown).toMatchObject({ delivered: 0, dead: 0 });
      expect(whileDown.retried).toBeGreaterThanOrEqual(40);
      expect((await listEnquiries(db!, { status: "pending" })).length).toBe(20);

      await crm.setMode("refuse");
      await deliverNow(); // connection refused: still retried, never dead
      await crm.setMode("ok");
      await deliverNow();
      expect((await listEnquiries(db!, { status: "delivered" })).map((e) => e.id).sort()).toEqual([...ids].sort());

      const webhook = crm.acceptedCounts("webhook");
      expect(webhook.size).toBe(20);
      expect([...webhook.values()].every((n: number) => n === 1)).toBe(true);
      const hubspot = crm.acceptedCounts("hubspot");
      expect(hubspot.size).toBe(20);
      expect([...hubspot.values()].every((n: number) => n === 1)).toBe(true);
      expect(
        crm.received
          .filter((r: { destination: string; signatureValid?: boolean }) => r.destination === "webhook")
          .every((r: { signatureValid?: boolean }) => r.signatureValid),
      ).toBe(true);

      const shown = await getEnquiry(db!, ids[0]!);
      const hub = shown!.deliveries.find((d) => d.destination === "hubspot")!;
      // HubSpot's 503 is a pause (waited out, no attempt used); a refused connection is a failure (retried).
      expect(hub.history.map((h) => h.outcome)).toEqual(["wait", "retry", "delivered"]);
      expect(hub.history[0]!.error).toContain("HTTP 503");
      expect(hub.history[1]!.error).toMatch(/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET/); // refused, or a kept-alive socket cut
    });

    it("429 with Retry-After is retried no sooner than asked", async () => {
      await crm.setMode("rate-limit", { retryAfterSeconds: 60 });
      const id = await insertSubmission(db!, newEnquiry(100), { destinations: ["webhook"] });
      expect(await deliverNow()).toMatchObject({ retried: 1 });
      const [row] = await db!.query<{ seconds: number }>(
        "SELECT extract(epoch FROM next_attempt_at - now())::float AS seconds FROM deliveries WHERE enquiry_id = $1",
        [id],
      );
      expect(Number(row!.seconds)).toBeGreaterThan(55);
      await db!.query("UPDATE deliveries SET next_attempt_at = now() WHERE enquiry_id = $1", [id]);
      await crm.setMode("ok");
      expect(await deliverNow()).toMatchObject({ delivered: 1 });
    });

    it("a hung CRM times out and is retried", async () => {
      await crm.setMode("hang");
      await insertSubmission(db!, newEnquiry(200), { destinations: ["webhook"] });
      const started = Date.now();
      expect(await deliverNow()).toMatchObject({ retried: 1 });
      expect(Date.now() - started).toBeLessThan(5_000);
      await crm.setMode("ok");
      expect(await deliverNow()).toMatchObject({ delivered: 1 });
    });

    it("400 → dead with the CRM's error, listed by the ops command; retry re-delivers", async () => {
      await crm.setMode("reject");
      const id = await insertSubmission(db!, newEnquiry(300), { destinations: ["webhook"] });
      expect(await deliverNow()).toMatchObject({ dead: 1 });
      const shown = await getEnquiry(db!, id);
      expect(shown!.status).toBe("dead");
      expect(shown!.deliveries[0]!.lastError).toContain("Email address is invalid (fake CRM)");

      await close(); // the embedded store admits one process at a time: hand it to the command
      const listed = await runScript("ops/enquiries.ts", ["list", "--status", "dead"], env).done;
      expect(listed.code, listed.output).toBe(0);
      expect(listed.output).toContain(id);
      expect(listed.output).toContain("1 enquiry with status dead");

      const shownByCli = await runScript("ops/enquiries.ts", ["show", id], env).done;
      expect(shownByCli.code, shownByCli.output).toBe(0);
      expect(JSON.parse(shownByCli.output)).toMatchObject({
        id,
        status: "dead",
        deliveries: [{ destination: "webhook", status: "dead" }],
      });
      const exported = await runScript("ops/enquiries.ts", ["export", "--csv"], env).done;
      expect(exported.code, exported.output).toBe(0);
      const [header, row] = exported.output.trim().split("\n");
      expect(header).toBe("id,kind,created_at,status,name,email,company,role,interest,message,source,consent_version");
      expect(row).toContain(`"${id}"`);
      expect(row).toContain('"dead","Test Person 300","person-300@example.com"');

      await crm.setMode("ok");
      const retried = await runScript("ops/enquiries.ts", ["retry", id], env).done;
      expect(retried.code, retried.output).toBe(0);
      expect(retried.output).toContain("1 dead delivery queued again");
      expect(retried.output).toContain("delivered 1");
      await open();
      expect((await getEnquiry(db!, id))!.status).toBe("delivered");
      expect(crm.acceptedCounts("webhook").get(id)).toBe(1);
    });

    it("after a long outage, the circuit drains every waiting enquiry within 30 s of the CRM coming back", async () => {
      const circuits = new DestinationCircuits({ failuresToOpen: 3, probeIntervalMs: 1_000 });
      const logged: string[] = [];
      const run = () =>
        deliverPendingEnquiries(db!, {
          destinations: config.destinations.filter((d) => d.name === "webhook"),
          timeoutMs: 1_000,
          leaseMs: config.leaseMs,
          circuits,
          log: (m) => logged.push(m),
        });
      await crm.setMode("down");
      for (let i = 0; i < 60; i++) await insertSubmission(db!, newEnquiry(i), { destinations: ["webhook"] });
      await run();
      // Open after 3 failures in a row: the other deliveries of that round were sent, but no later round is.
      expect(circuits.isOpen("webhook")).toBe(true);
      const { attempts } = await oneRow<{ attempts: string | number }>(
        "SELECT sum(attempts) AS attempts FROM deliveries",
      );
      expect(Number(attempts)).toBeLessThanOrEqual(8);
      // What ten minutes of backoff would leave: every delivery scheduled far ahead.
      await db!.query("UPDATE deliveries SET next_attempt_at = now() + interval '10 minutes'");
      await run(); // still down, probe not due yet: nothing is attempted
      const recovered = Date.now();
      await crm.setMode("ok");
      while (Date.now() - recovered < 30_000) {
        await run();
        const { left } = await oneRow<{ left: string | number }>(
          "SELECT count(*) AS left FROM deliveries WHERE status <> 'delivered'",
        );
        if (Number(left) === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const drainedInMs = Date.now() - recovered;
      const { left } = await oneRow<{ left: string | number }>(
        "SELECT count(*) AS left FROM deliveries WHERE status <> 'delivered'",
      );
      expect(Number(left)).toBe(0);
      expect(drainedInMs).toBeLessThan(30_000);
      expect(logged).toEqual([
        "enquiries: webhook: circuit opened",
        "enquiries: webhook: circuit closed",
        expect.stringMatching(/webhook is back: \d+ waiting delivery\(ies\) due now/),
      ]);
      // Each enquiry reached the CRM once after it came back.
      const delivered = crm.received.filter((r) => r.status === 200 && r.destination === "webhook");
      expect(new Set(delivered.map((r) => r.key)).size).toBe(60);
    }, 60_000);

    it("a normal stop lets deliveries in flight finish, then a restart resends nothing", async () => {
      await crm.setMode("slow", { slowMs: 700 });
      for (let i = 0; i < 6; i++) await insertSubmission(db!, newEnquiry(i), { destinations: ["webhook"] });
      const webhook = config.destinations.filter((d) => d.name === "webhook");
      const loop = startDeliveryLoop(db!, {
        destinations: webhook,
        timeoutMs: 2_000,
        leaseMs: 5_000,
        intervalMs: 60_000,
        log: () => {},
      });
      await new Promise((r) => setTimeout(r, 200)); // all six are now in flight at the slow CRM
      expect(await loop.stop(5_000)).toEqual({ released: 0 });
      await crm.setMode("ok");
      const restart = await deliverNow();
      expect(restart.attempted).toBe(0);
      const accepted = crm.received.filter((r) => r.status === 200);
      expect(accepted).toHaveLength(6);
    });

    it("a stop whose grace runs out hands the unfinished rows back, claimable at once", async () => {
      await crm.setMode("hang");
      await insertSubmission(db!, newEnquiry(1), { destinations: ["webhook"] });
      const webhook = config.destinations.filter((d) => d.name === "webhook");
      const loop = startDeliveryLoop(db!, {
        destinations: webhook,
        timeoutMs: 3_000,
        leaseMs: 60_000,
        intervalMs: 60_000,
        log: () => {},
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(await loop.stop(300)).toEqual({ released: 1 });
      const row = await oneRow<{ leased_until: unknown; attempts: number | string }>(
        "SELECT leased_until, attempts FROM deliveries",
      );
      expect(row.leased_until).toBeNull(); // not held for the 60 s lease
      expect(Number(row.attempts)).toBe(0); // the unfinished attempt is not counted
      // The next server (here: a claim as it would make) takes it at once.
      const next = await claimDueDeliveries(db!, {
        destinations: ["webhook"],
        limit: 10,
        leaseMs: 5_000,
        dueBy: new Date(Date.now() + 1_000).toISOString(),
      });
      expect(next).toHaveLength(1);
      await crm.setMode("ok");
    });

    it("alerts the operator once per CRM per interval: circuit opened, a dead delivery, and failures never block", async () => {
      const receiver = await startMessageReceiver();
      const { url, messages } = receiver;
      const logged: string[] = [];
      const alert = createAlerter({ url, minIntervalS: 60, siteName: "Operator's Log", log: (m) => logged.push(m) });
      const webhook = config.destinations.filter((d) => d.name === "webhook");
      const circuits = new DestinationCircuits({ failuresToOpen: 2, probeIntervalMs: 60_000 });
      const run = () =>
        deliverPendingEnquiries(db!, {
          destinations: webhook,
          timeoutMs: 1_000,
          leaseMs: 5_000,
          circuits,
          alert,
          log: () => {},
        });
      await crm.setMode("down");
      for (let i = 0; i < 5; i++) await insertSubmission(db!, newEnquiry(i), { destinations: ["webhook"] });
      await run();
      await crm.setMode("reject");
      await db!.query("UPDATE deliveries SET next_attempt_at = now()");
      const other = new DestinationCircuits({ failuresToOpen: 2, probeIntervalMs: 60_000 });
      await deliverPendingEnquiries(db!, {
        destinations: webhook,
        timeoutMs: 1_000,
        leaseMs: 5_000,
        circuits: other,
        alert,
        log: () => {},
      });
      await new Promise((r) => setTimeout(r, 300));
      // One message for the destination within the interval: the opening; the dead ones that followed are held back.
      expect(messages).toEqual(["Operator's Log — webhook: not answering: deliveries wait, one probe per interval"]);
      // An alert receiver that is down is logged, and delivery carries on.
      const broken = createAlerter({
        url: "http://127.0.0.1:9/nothing",
        minIntervalS: 0,
        siteName: "x",
        log: (m) => logged.push(m),
      });
      broken("webhook", "test");
      await new Promise((r) => setTimeout(r, 300));
      expect(logged).toEqual([expect.stringMatching(/^enquiries: alert to 127\.0\.0\.1:9 failed/)]);
      await receiver.close();
    });

    it("retention deletes finished submissions past the period with their history, never a pending one", async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await insertSubmission(db!, newEnquiry(i), { destinations: ["webhook"] }));
      await deliverNow(); // all three delivered, with attempt history
      const pending = await insertSubmission(db!, newEnquiry(3), { destinations: ["webhook"] });
      const spam = await insertSubmission(db!, newEnquiry(4), {
        destinations: [],
        spamReason: "honeypot field filled",
      });
      await db!.query("UPDATE submissions SET created_at = now() - interval '400 days' WHERE id <> $1", [ids[2]]);
      await db!.query("UPDATE submissions SET created_at = now() - interval '400 days' WHERE id = $1", [pending]);
      expect(await deleteExpiredEnquiries(db!, 365)).toBe(3); // two delivered and the spam; not the recent one
      const left = (await db!.query<{ id: string }>("SELECT id FROM submissions ORDER BY id")).map((r) => r.id);
      expect(left.sort()).toEqual([ids[2]!, pending].sort());
      expect(await getEnquiry(db!, spam)).toBeUndefined();
      const orphans = await db!.query(
        "SELECT 1 FROM deliveries d LEFT JOIN enquiries e ON e.id = d.enquiry_id WHERE e.id IS NULL",
      );
      expect(orphans).toEqual([]);
    });

    it("erase removes everything held about one address, pending deliveries included, and says what", async () => {
      const mine = await insertSubmission(
        db!,
        { ...newEnquiry(1), email: "Erase.Me@example.com" },
        { destinations: ["webhook"] },
      );
      await deliverNow();
      const second = await insertSubmission(
        db!,
        { ...newEnquiry(2), email: "erase.me@example.com" },
        { destinations: ["webhook"] },
      );
      const kept = await insertSubmission(db!, newEnquiry(3), { destinations: ["webhook"] });
      const erased = await erasePerson(db!, "ERASE.me@example.com");
      expect(erased.enquiries.sort()).toEqual([mine, second].sort());
      expect(erased.deliveries).toBe(2);
      expect(erased.attempts).toBeGreaterThanOrEqual(1);
      expect(await getEnquiry(db!, mine)).toBeUndefined();
      expect(await getEnquiry(db!, kept)).toBeDefined();
    });

    it("a dispatcher killed with SIGKILL mid-delivery loses nothing", async () => {
      const ids = [];
      for (let i = 0; i < 5; i++)
        ids.push(await insertSubmission(db!, newEnquiry(400 + i), { destinations: ["webhook"] }));
      await close();
      await crm.setMode("hang");
      const before = crm.received.length;
      // The attempt timeout (2 s) outlasts the moment of the kill; the lease (3 s) outlasts the timeout.
      const first = runScript("ops/deliver.ts", [], { ...env, CRM_TIMEOUT_MS: "2000", DELIVERY_LEASE_MS: "3000" });
      await waitFor(() => crm.received.length >= before + 5, 20_000).catch(async (error) => {
        first.child.kill("SIGKILL");
        throw new Error(`${error.message}; dispatcher said: ${(await first.done).output}`);
      }); // all five are in flight
      first.child.kill("SIGKILL");
      expect((await first.done).signal).toBe("SIGKILL");

      await crm.setMode("ok");
      await new Promise((r) => setTimeout(r, 3_200)); // the dead worker's lease runs out
      const second = await runScript("ops/deliver.ts", [], env).done;
      expect(second.code, second.output).toBe(0);
      expect(second.output).toContain("delivered 5");

      await open();
      for (const id of ids) expect((await getEnquiry(db!, id))!.status).toBe("delivered");
      for (const id of ids) expect(crm.acceptedCounts("webhook").get(id)).toBe(1);
    });

    if (driver.name === "pglite") {
      it("a second process cannot open the embedded store, and is told who holds it", async () => {
        const other = await runScript("ops/enquiries.ts", ["list"], env).done;
        expect(other.code).toBe(1);
        expect(other.output).toMatch(/The embedded store is in use by process \d+/);
        await expect(openStore(config)).rejects.toBeInstanceOf(StoreLockedError);
      });
    }

    if (driver.name === "postgres") {
      it("two servers on one PostgreSQL share one rate limit: five per address, however the posts are spread", async () => {
        const second = await openStore(config); // another server's connection pool
        try {
          const limiters = [submissionLimiter(db!, 5), submissionLimiter(second, 5)];
          const waits = await Promise.all(Array.from({ length: 12 }, (_, i) => limiters[i % 2]!.take("203.0.113.77")));
          expect(waits.filter((w) => w === 0)).toHaveLength(5);
          expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(590);
          expect(await limiters[1]!.take("203.0.113.78")).toBe(0); // another address has its own count
        } finally {
          await second.close();
        }
      });

      it("two dispatchers on one PostgreSQL never deliver the same enquiry twice", async () => {
        await crm.setMode("ok");
        const ids = [];
        for (let i = 0; i < 200; i++)
          ids.push(await insertSubmission(db!, newEnquiry(1000 + i), { destinations: ["webhook"] }));
        const second = await openStore(config);
        try {
          const [a, b] = await Promise.all([
            deliverPendingEnquiries(db!, {
              destinations: config.destinations,
              timeoutMs: 2_000,
              leaseMs: config.leaseMs,
              batchSize: 8,
            }),
            deliverPendingEnquiries(second, {
              destinations: config.destinations,
              timeoutMs: 2_000,
              leaseMs: config.leaseMs,
              batchSize: 8,
            }),
          ]);
          expect(a.delivered + b.delivered).toBe(200);
          expect(a.delivered).toBeGreaterThan(0);
          expect(b.delivered).toBeGreaterThan(0);
        } finally {
          await second.close();
        }
        const counts = crm.acceptedCounts("webhook");
        for (const id of ids) expect(counts.get(id)).toBe(1);
      });
    }
  });
}
