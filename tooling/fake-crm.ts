// A stand-in CRM on 127.0.0.1 for tests and benchmarks: imitates HubSpot's Forms API as HubSpot documents it (the
// submit endpoint with its status codes and errors[] bodies, a submittedAt over 30 days refused, a bearer token
// that can be rotated; the form-definition API on a host of its own, as api.hubapi.com is not api.hsforms.com)
// and a webhook receiver verifying Standard Webhooks signatures. It can be told to answer 200, 400, 429, 503, any
// HubSpot status with an errorType and Retry-After, 200 after a delay, hang, or refuse connections.
// Use in-process (startFakeCrm) or as its own process: node tooling/fake-crm.ts --port 3290
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { parseArgs } from "node:util";
import { Webhook } from "standardwebhooks";

export type CrmMode = "ok" | "slow" | "reject" | "rate-limit" | "down" | "hang" | "refuse" | "answer";

/** A HubSpot answer to give to every submission in mode "answer": a status, an errorType, a Retry-After. */
export type HubSpotAnswer = { status: number; errorType?: string; message?: string; retryAfterSeconds?: number };

/** A form's definition as the form-definition API returns it (only what the doctor reads). */
export type FakeFormField = { name: string; required?: boolean };

/** Every field the site sends, email required: the form HubSpot's setup guide has an author create. */
export const FAKE_FORM_FIELDS: FakeFormField[] = [
  "firstname",
  "lastname",
  "email",
  "company",
  "jobtitle",
  "message",
  "scaffold_interest",
].map((name) => ({ name, required: name === "email" }));

/** HubSpot's error body: status, message, correlationId, and errors[] with an errorType. */
function hubspotError(message: string, errorType?: string, category?: string) {
  return JSON.stringify({
    status: "error",
    message,
    correlationId: "00000000-fake-4000-8000-000000000000",
    ...(category ? { category } : {}),
    ...(errorType ? { errors: [{ message, errorType }] } : {}),
  });
}

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

export type ReceivedRequest = {
  at: number;
  destination: "hubspot" | "webhook";
  key: string;
  status: number;
  signatureValid?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the site sent, as parsed JSON
  body: any;
  headers: IncomingHttpHeaders;
};

export const FAKE_WEBHOOK_SECRET = "fake-crm-webhook-secret-0123456789";

/**
 * What a receiver using the Standard Webhooks library does with a delivery: verify its id, timestamp (within five
 * minutes) and signature, with the site's secret in the spec's whsec_ form (README, "Webhook").
 */
export function standardWebhookVerifies(raw: string, headers: IncomingHttpHeaders, secret: string): boolean {
  try {
    new Webhook(`whsec_${Buffer.from(secret, "utf8").toString("base64")}`).verify(
      raw,
      headers as Record<string, string>,
    );
    return true;
  } catch {
    return false;
  }
}

export async function startFakeCrm(options: { port?: number; secret?: string } = {}) {
  const secret = options.secret ?? FAKE_WEBHOOK_SECRET;
  let mode: CrmMode = "ok";
  let retryAfterSeconds = 1;
  let slowMs = 1_000;
  let answer: HubSpotAnswer = { status: 200 };
  let hubspotToken = "fake-hubspot-token";
  const forms = new Map<string, FakeFormField[] | "missing">();
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const hanging: ServerResponse[] = [];

  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (url.pathname === "/__control" && req.method === "POST") {
        const body = JSON.parse(raw || "{}");
        if (body.mode) setMode(body.mode, body);
        if (body.reset) received.length = 0;
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === "/__received") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(received));
        return;
      }
      const isHubSpot = url.pathname.startsWith("/submissions/v3/integration/secure/submit/");
      const isWebhook = url.pathname === "/webhook";
      if (req.method === "HEAD" || req.method === "OPTIONS") {
        res.writeHead(isWebhook ? 405 : 404).end();
        return;
      }
      if (!isHubSpot && !isWebhook) {
        res.writeHead(404).end();
        return;
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of unknown shape
      let body: any;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      const destination = isHubSpot ? ("hubspot" as const) : ("webhook" as const);
      const key = isWebhook
        ? String(req.headers["idempotency-key"])
        : String(body?.fields?.find((f: { name: string; value: string }) => f.name === "email")?.value);
      const signatureValid = isWebhook
        ? standardWebhookVerifies(raw, req.headers, secret) &&
          req.headers["x-signature-256"] === `sha256=${createHmac("sha256", secret).update(raw, "utf8").digest("hex")}`
        : undefined;
      const record = (status: number) =>
        received.push({ at: Date.now(), destination, key, status, signatureValid, body, headers: req.headers });

      if (mode === "hang") {
        record(0);
        hanging.push(res);
        return;
      }
      if (mode === "down") {
        record(503);
        res.writeHead(503, { "content-type": "text/plain" }).end("Service Unavailable (fake CRM is down)");
        return;
      }
      if (mode === "rate-limit") {
        record(429);
        res.writeHead(429, { "Retry-After": String(retryAfterSeconds) }).end("Too Many Requests");
        return;
      }
      const refuse = (status: number, text: string, headers: Record<string, string> = {}) => {
        record(status);
        res.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
      };
      if (isHubSpot && req.headers.authorization !== `Bearer ${hubspotToken}`) {
        refuse(401, hubspotError("Authentication credentials not found.", undefined, "INVALID_AUTHENTICATION"));
        return;
      }
      if (isHubSpot && Date.now() - Number(body?.submittedAt) > THIRTY_DAYS_MS) {
        refuse(400, hubspotError("submittedAt is more than 30 days in the past", "INVALID_METADATA"));
        return;
      }
      if (mode === "reject") {
        refuse(400, hubspotError("Email address is invalid (fake CRM)", "INVALID_EMAIL"));
        return;
      }
      if (mode === "answer" && answer.status >= 300) {
        const retryAfter: Record<string, string> =
          answer.retryAfterSeconds !== undefined ? { "Retry-After": String(answer.retryAfterSeconds) } : {};
        refuse(
          answer.status,
          hubspotError(answer.message ?? `fake CRM answers ${answer.status}`, answer.errorType),
          retryAfter,
        );
        return;
      }
      const accept = () => {
        record(200);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ inlineMessage: "Thanks" }));
      };
      if (mode === "slow") setTimeout(accept, slowMs);
      else accept();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  // The form-definition API, on a port of its own: a client that asks the submission host for a form gets a 404.
  const formsServer = createServer((req, res) => {
    const id = /^\/marketing\/v3\/forms\/([^/?]+)/.exec(req.url ?? "")?.[1];
    const send = (status: number, text: string) =>
      res.writeHead(status, { "content-type": "application/json" }).end(text);
    if (req.method !== "GET" || !id) return send(404, hubspotError("Not found"));
    if (req.headers.authorization !== `Bearer ${hubspotToken}`) {
      return send(401, hubspotError("Authentication credentials not found.", undefined, "INVALID_AUTHENTICATION"));
    }
    const fields = forms.get(decodeURIComponent(id)) ?? FAKE_FORM_FIELDS;
    if (fields === "missing")
      return send(404, hubspotError(`Form ${id} does not exist`, undefined, "OBJECT_NOT_FOUND"));
    send(200, JSON.stringify({ id, name: `Form ${id}`, fieldGroups: [{ groupType: "default_group", fields }] }));
  });
  await new Promise((resolve) => formsServer.listen(0, "127.0.0.1", () => resolve(undefined)));
  const formsAddress = formsServer.address();
  const formsUrl = `http://127.0.0.1:${typeof formsAddress === "object" && formsAddress ? formsAddress.port : 0}`;

  await new Promise((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let listening = true;

  function dropConnections() {
    for (const res of hanging.splice(0)) res.destroy();
    for (const socket of sockets) socket.destroy();
  }

  async function setMode(
    next: CrmMode,
    opts: { retryAfterSeconds?: number; slowMs?: number; answer?: HubSpotAnswer } = {},
  ) {
    if (opts.retryAfterSeconds !== undefined) retryAfterSeconds = opts.retryAfterSeconds;
    if (opts.slowMs !== undefined) slowMs = opts.slowMs;
    if (opts.answer) answer = opts.answer;
    if (mode === "hang" && next !== "hang") {
      dropConnections();
      await new Promise((resolve) => setTimeout(resolve, 50)); // let clients see the closed sockets
    }
    mode = next;
    if (next === "refuse" && listening) {
      listening = false;
      dropConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    } else if (next !== "refuse" && !listening) {
      listening = true;
      await new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(undefined)));
    }
  }

  return {
    url: `http://127.0.0.1:${port}`,
    /** The form-definition API (HUBSPOT_FORMS_API_URL), on another port than the submissions. */
    formsUrl,
    port,
    received,
    setMode,
    /** The token HubSpot accepts from now on: any other is answered 401 (a rotated or revoked token). */
    setHubSpotToken(token: string) {
      hubspotToken = token;
    },
    /** A form's fields as the definition API returns them, or "missing" (a deleted form). */
    defineForm(id: string, fields: FakeFormField[] | "missing") {
      forms.set(id, fields);
    },
    /** Deliveries the CRM accepted (answered 200), per key: exactly-once means every count is 1. */
    acceptedCounts(destination = "webhook") {
      const counts = new Map<string, number>();
      for (const r of received)
        if (r.destination === destination && r.status === 200) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
      return counts;
    },
    async close() {
      dropConnections();
      await new Promise((resolve) => formsServer.close(() => resolve(undefined)));
      if (listening) await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "3290" } } });
  const crm = await startFakeCrm({ port: Number(values.port) });
  console.log(
    `fake CRM listening on ${crm.url} (POST /__control {"mode": "ok|reject|rate-limit|down|hang|refuse"}, GET /__received)`,
  );
  const stop = () => crm.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
