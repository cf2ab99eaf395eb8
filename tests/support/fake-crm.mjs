// A stand-in CRM on 127.0.0.1 for tests and benchmarks: imitates HubSpot's Forms API submit endpoint and a
// webhook receiver, and can be told to answer 200, 400, 429, 503, hang, or refuse connections.
// Use in-process (startFakeCrm) or as its own process: node tests/support/fake-crm.mjs --port 3290
import { createHmac } from "node:crypto";
import { createServer } from "node:http";

/** @typedef {"ok" | "reject" | "rate-limit" | "down" | "hang" | "refuse"} CrmMode */

export const FAKE_WEBHOOK_SECRET = "fake-crm-webhook-secret-0123456789";

/**
 * @param {{ port?: number, secret?: string }} [options]
 */
export async function startFakeCrm(options = {}) {
  const secret = options.secret ?? FAKE_WEBHOOK_SECRET;
  /** @type {CrmMode} */
  let mode = "ok";
  let retryAfterSeconds = 1;
  /** @type {{ at: number, destination: string, key: string, status: number, signatureValid?: boolean, body: any, headers: Record<string, string | string[] | undefined> }[]} */
  const received = [];
  /** @type {Set<import("node:net").Socket>} */
  const sockets = new Set();
  /** @type {import("node:http").ServerResponse[]} */
  const hanging = [];

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
      if (req.method === "GET" && url.pathname.startsWith("/marketing/v3/forms/")) {
        const authorised = req.headers.authorization === "Bearer fake-hubspot-token";
        res.writeHead(authorised ? 200 : 401, { "content-type": "application/json" }).end(JSON.stringify({ ok: authorised }));
        return;
      }
      if (!isHubSpot && !isWebhook) {
        res.writeHead(404).end();
        return;
      }
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      const destination = isHubSpot ? "hubspot" : "webhook";
      const key = isWebhook
        ? String(req.headers["idempotency-key"])
        : String(body?.fields?.find((/** @type {any} */ f) => f.name === "email")?.value);
      const signatureValid = isWebhook
        ? req.headers["x-signature-256"] === `sha256=${createHmac("sha256", secret).update(raw, "utf8").digest("hex")}`
        : undefined;
      const record = (/** @type {number} */ status) =>
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
      if (mode === "reject" || (isHubSpot && req.headers.authorization !== "Bearer fake-hubspot-token")) {
        record(400);
        res
          .writeHead(400, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "error", message: "The request is not valid: field 'email' is invalid (fake CRM)" }));
        return;
      }
      record(200);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ inlineMessage: "Thanks" }));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let listening = true;

  function dropConnections() {
    for (const res of hanging.splice(0)) res.destroy();
    for (const socket of sockets) socket.destroy();
  }

  /** @param {CrmMode} next @param {{ retryAfterSeconds?: number }} [opts] */
  async function setMode(next, opts = {}) {
    if (opts.retryAfterSeconds !== undefined) retryAfterSeconds = opts.retryAfterSeconds;
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
    port,
    received,
    setMode,
    /** Deliveries the CRM accepted (answered 200), per key: exactly-once means every count is 1. */
    acceptedCounts(destination = "webhook") {
      const counts = new Map();
      for (const r of received) if (r.destination === destination && r.status === 200) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
      return counts;
    },
    async close() {
      dropConnections();
      if (listening) await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portFlag = process.argv.indexOf("--port");
  const crm = await startFakeCrm({ port: portFlag > 0 ? Number(process.argv[portFlag + 1]) : 3290 });
  console.log(`fake CRM listening on ${crm.url} (POST /__control {"mode": "ok|reject|rate-limit|down|hang|refuse"}, GET /__received)`);
  const stop = () => crm.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
