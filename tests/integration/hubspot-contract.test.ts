import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAlerter } from "@/features/enquiries/delivery/alerts";
import { DestinationCircuits } from "@/features/enquiries/delivery/circuit";
import { parseEnquiryConfig, type EnquiryConfig } from "@/features/enquiries/config";
import { SUBSCRIPTION_CONSENT } from "@/features/enquiries/intake/subscription";
import { deliverPendingEnquiries } from "@/features/enquiries/delivery/dispatcher";
import { listEnquiries } from "@/features/enquiries/store/reports/list-enquiries";
import { openStore } from "@/features/enquiries/service";
import type { Database } from "@/lib/db/database";
import { startFakeCrm } from "@/tooling/fake-crm";
import { startMessageReceiver } from "@/tooling/message-receiver";
import { insertSubmission, newEnquiry, newSubscription } from "../helpers/enquiries";

/**
 * Delivery to HubSpot against a fake that answers as HubSpot documents (tooling/fake-crm.ts): one test per way
 * the old adapter lost or misfiled a submission, each of which failed before this contract was read.
 */
let crm: Awaited<ReturnType<typeof startFakeCrm>>;
let receiver: Awaited<ReturnType<typeof startMessageReceiver>>;
let dir: string;
let config: EnquiryConfig;
let db: Database;

const deliver = (circuits?: DestinationCircuits, alert?: ReturnType<typeof createAlerter>) =>
  deliverPendingEnquiries(db, {
    destinations: config.destinations,
    timeoutMs: 2_000,
    leaseMs: 10_000,
    random: () => 0,
    ...(circuits ? { circuits } : {}),
    ...(alert ? { alert } : {}),
    log: () => {},
  });
const delivery = async (id: string) =>
  (
    await db.query<{ status: string; attempts: number; held_reason: string | null; wait_s: number }>(
      `SELECT status, attempts, held_reason, extract(epoch FROM next_attempt_at - now()) AS wait_s
         FROM deliveries WHERE enquiry_id = $1`,
      [id],
    )
  )[0]!;
const submissions = () => crm.received.filter((r) => r.destination === "hubspot");

beforeAll(async () => {
  crm = await startFakeCrm();
  receiver = await startMessageReceiver();
  dir = mkdtempSync(path.join(os.tmpdir(), "operators-log-hubspot-"));
  config = parseEnquiryConfig({
    DATA_DIR: dir,
    HUBSPOT_PORTAL_ID: "4242",
    HUBSPOT_FORM_ID: "enquiries",
    HUBSPOT_NEWSLETTER_FORM_ID: "newsletter",
    HUBSPOT_NEWSLETTER_SUBSCRIPTION_TYPE_ID: "777",
    HUBSPOT_ACCESS_TOKEN: "fake-hubspot-token",
    HUBSPOT_API_URL: crm.url,
    HUBSPOT_FORMS_API_URL: crm.formsUrl,
  });
  db = await openStore(config);
});
afterAll(async () => {
  await db.close();
  await crm.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await crm.setMode("ok");
  crm.setHubSpotToken("fake-hubspot-token");
  crm.received.length = 0;
  receiver.messages.length = 0;
  await db.query("UPDATE deliveries SET status = 'delivered', held_reason = NULL WHERE status = 'pending'");
});

describe("HubSpot's contract", () => {
  it("1. an enquiry 40 days old still arrives: submittedAt within 29 days, its true time in the message", async () => {
    const id = await insertSubmission(db, newEnquiry(1), { destinations: ["hubspot"] });
    await db.query("UPDATE submissions SET created_at = now() - interval '40 days' WHERE id = $1", [id]);
    await deliver();
    expect((await delivery(id)).status).toBe("delivered");
    const sent = submissions().at(-1)!.body;
    expect(Date.now() - Number(sent.submittedAt)).toBeLessThan(29 * 86_400_000);
    const message = sent.fields.find((f: { name: string }) => f.name === "message").value;
    expect(message).toMatch(/^Enquiry number 1\n\nSent through the site on \d{4}-\d\d-\d\dT.*; delivered late\.$/);
  });

  it("2. a 477 (data-hosting migration) with Retry-After is waited out, no attempt used, then delivered", async () => {
    const id = await insertSubmission(db, newEnquiry(2), { destinations: ["hubspot"] });
    await crm.setMode("answer", { answer: { status: 477, retryAfterSeconds: 3_600 } });
    await deliver();
    const waiting = await delivery(id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 0, held_reason: null });
    expect(Number(waiting.wait_s)).toBeGreaterThan(3_590);
    await crm.setMode("answer", { answer: { status: 423 } });
    await db.query("UPDATE deliveries SET next_attempt_at = now() WHERE enquiry_id = $1", [id]);
    await deliver();
    expect(await delivery(id)).toMatchObject({ status: "pending", attempts: 0 });
    expect(Number((await delivery(id)).wait_s)).toBeGreaterThanOrEqual(1.5); // 423: at least 2 s
    await crm.setMode("ok");
    await db.query("UPDATE deliveries SET next_attempt_at = now() WHERE enquiry_id = $1", [id]);
    await deliver();
    expect((await delivery(id)).status).toBe("delivered");
  });

  it("3. a rotated token holds the queue, opens the circuit with one alert and no dead, and drains once fixed", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(await insertSubmission(db, newEnquiry(100 + i), { destinations: ["hubspot"] }));
    crm.setHubSpotToken("rotated-elsewhere");
    const circuits = new DestinationCircuits({ failuresToOpen: 5, probeIntervalMs: 50 });
    const alert = createAlerter({ url: receiver.url, minIntervalS: 0, siteName: "Log" });
    const first = await deliver(circuits, alert);
    expect(first.dead).toBe(0);
    expect(circuits.isOpen("hubspot")).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    await deliver(circuits, alert); // a probe, refused again: still held, no new alert
    // Those sent before the circuit opened are held with the reason; the rest wait behind it, unsent.
    const held = (await listEnquiries(db, { status: "held" })).map((e) => e.id);
    const waiting = (await listEnquiries(db, { status: "pending" })).map((e) => e.id);
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect([...held, ...waiting].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await delivery(id)).toMatchObject({ status: "pending", attempts: 0 });
    await new Promise((r) => setTimeout(r, 200));
    const setup = receiver.messages.filter((m) => /refuses our setup/.test(m));
    expect(setup).toEqual([
      "Log — hubspot: refuses our setup (the access token is refused (HTTP 401): a private app token with the forms scope is needed): deliveries are held, none is lost; fix it and they are sent",
    ]);
    crm.setHubSpotToken("fake-hubspot-token"); // the operator fixes the token
    await new Promise((r) => setTimeout(r, 60));
    await deliver(circuits, alert);
    for (const id of ids) expect((await delivery(id)).status).toBe("delivered");
    expect(circuits.isOpen("hubspot")).toBe(false);
  });

  it("3. held deliveries survive a restart: a new server's circuit opens where the old one was, and drains", async () => {
    const id = await insertSubmission(db, newEnquiry(150), { destinations: ["hubspot"] });
    crm.setHubSpotToken("revoked");
    await deliver(new DestinationCircuits({ failuresToOpen: 5, probeIntervalMs: 50 }));
    expect((await delivery(id)).held_reason).toMatch(/access token is refused/);
    crm.setHubSpotToken("fake-hubspot-token");
    const restarted = new DestinationCircuits({ failuresToOpen: 5, probeIntervalMs: 50 });
    await deliver(restarted); // finds the held row: the circuit opens, and the probe waits for its interval
    expect(restarted.isOpen("hubspot")).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    await deliver(restarted);
    expect(await delivery(id)).toMatchObject({ status: "delivered", held_reason: null });
  });

  it("3. a form that requires a field the site never sends holds, and the person's bad address is dead", async () => {
    const held = await insertSubmission(db, newEnquiry(200), { destinations: ["hubspot"] });
    await crm.setMode("answer", { answer: { status: 400, errorType: "REQUIRED_FIELD", message: "phone is required" } });
    await deliver(new DestinationCircuits({ failuresToOpen: 5, probeIntervalMs: 60_000 }));
    expect((await delivery(held)).held_reason).toMatch(/the form's setup refuses what the site sends: REQUIRED_FIELD/);
    await db.query("UPDATE deliveries SET status = 'delivered', held_reason = NULL WHERE enquiry_id = $1", [held]);
    const bad = await insertSubmission(db, newEnquiry(201), { destinations: ["hubspot"] });
    await crm.setMode("reject"); // INVALID_EMAIL
    await deliver();
    expect(await delivery(bad)).toMatchObject({ status: "dead", held_reason: null });
  });

  it("4. a newsletter sign-up carries its subscription type's consent, in the words the reader saw", async () => {
    await insertSubmission(db, newSubscription(300), { destinations: ["hubspot"] });
    await deliver();
    const sent = submissions().at(-1)!;
    expect(sent.headers).toBeDefined();
    expect(sent.body.legalConsentOptions.consent.communications).toEqual([
      { value: true, subscriptionTypeId: 777, text: SUBSCRIPTION_CONSENT.text },
    ]);
  });
});
