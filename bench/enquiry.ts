// npm run bench:enquiry
// Starts the production server against a fake CRM on 127.0.0.1 and prints, on PGlite and on PostgreSQL:
//  - accepted enquiries/s and p50/p99 latency for 50 concurrent clients over 20 s (rate limit off);
//  - an outage drill: 2000 enquiries while the CRM answers 503, then recovery: delivered / lost / duplicates / drain time;
//  - a flood: 10,000 requests from forged addresses (half valid enquiries, half empty posts with an 8 KB forged
//    X-Forwarded-For) while 5 real clients send enquiries, behind one trusted proxy: the real clients' success
//    rate and p99, and the server's RSS before and after.
// Each enquiry carries a form token of its own (tokens are single-use), minted with the server's secret.
// Options: --seconds 20 --clients 50 --drill 2000 --flood 10000 --only pglite|postgres
import type { ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { buildSite, buildDir } from "@/tooling/build-site";
import { startNextServer, stopNextServer } from "@/tooling/next-server";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_TOKEN_SECRET, closedLoop, percentile, postEnquiry as postEnquiryTo } from "./enquiry-client";
import { FAKE_WEBHOOK_SECRET, startFakeCrm } from "@/tooling/fake-crm";
import { mb, treeRssBytes } from "@/tooling/process-tree";
import { createDatabase, postgresUnavailableReason, startTestCluster } from "@/tooling/postgres";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    clients: { type: "string", default: "50" },
    drill: { type: "string", default: "2000" },
    flood: { type: "string", default: "10000" },
    only: { type: "string", default: "" },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const DRILL = Number(values.drill);
const FLOOD = Number(values.flood);
const ONLY = values.only;
const PORT = 3451;
const BASE = `http://127.0.0.1:${PORT}`;

const BUILD = "bench-enquiry";

function build() {
  console.log("bench:enquiry: next build (production) …");
  return buildSite({ name: BUILD, env: { SITE_URL: BASE } });
}

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  return startNextServer({
    port: PORT,
    distDir: buildDir(BUILD),
    env: { SITE_URL: BASE, ENQUIRY_RATE_LIMIT: "0", ENQUIRY_TOKEN_SECRET: BENCH_TOKEN_SECRET, ...env },
    readyPath: "/api/health",
    stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
  });
}

const stopServer = (child: ChildProcess): Promise<void> => stopNextServer(child);

const postEnquiry = (headers: Record<string, string> = {}) => postEnquiryTo(BASE, headers);

async function load() {
  const l = await closedLoop(CLIENTS, SECONDS, () => postEnquiry(), 201);
  return { accepted: l.answered, perSecond: l.perSecond, p50: l.p50, p99: l.p99, other: l.other };
}

async function drill(crm: Awaited<ReturnType<typeof startFakeCrm>>) {
  await crm.setMode("down");
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < DRILL) {
        next++;
        const r = await postEnquiry();
        if (r.status !== 201 || !r.id) throw new Error(`enquiry refused during the outage: HTTP ${r.status}`);
        ids.push(r.id);
      }
    }),
  );
  console.log(`  outage: ${ids.length} enquiries accepted while the CRM answered 503`);
  await new Promise((r) => setTimeout(r, 2_000));
  await crm.setMode("ok");
  const recovered = performance.now();
  const wanted = new Set(ids);
  let delivered = 0;
  for (;;) {
    const counts = crm.acceptedCounts("webhook") as Map<string, number>;
    delivered = [...wanted].filter((id) => counts.has(id)).length;
    if (delivered === wanted.size || performance.now() - recovered > 180_000) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const drainSeconds = (performance.now() - recovered) / 1000;
  const counts = crm.acceptedCounts("webhook") as Map<string, number>;
  const duplicates = [...wanted].filter((id) => (counts.get(id) ?? 0) > 1).length;
  return { sent: ids.length, delivered, lost: wanted.size - delivered, duplicates, drainSeconds };
}

/**
 * 10,000 requests as from one attacker behind the proxy (which appends their real address), each claiming a
 * fresh address of its own in X-Forwarded-For: half valid enquiries, half empty posts carrying 8 KB of forged
 * addresses. Meanwhile five real clients, each at its own address, send one enquiry every 250 ms.
 */
async function flood(serverPid: number) {
  const rssBefore = await treeRssBytes(serverPid);
  const floodStatuses = new Map<number, number>();
  let sent = 0;
  let flooding = true;
  const attacker = Array.from({ length: 20 }, async () => {
    while (sent < FLOOD) {
      const i = sent++;
      const forged = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const headers =
        i % 2 === 0
          ? { "x-forwarded-for": `${forged}, 203.0.113.66` }
          : { "x-forwarded-for": `${`${forged}, `.repeat(600)}203.0.113.66` };
      const status =
        i % 2 === 0
          ? (await postEnquiry(headers)).status
          : (
              await fetch(`${BASE}/api/enquiry`, {
                method: "POST",
                headers: { "content-type": "application/json", ...headers },
                body: "{}",
              })
            ).status;
      floodStatuses.set(status, (floodStatuses.get(status) ?? 0) + 1);
    }
    flooding = false;
  });
  const real: { status: number; ms: number }[] = [];
  const clients = Array.from({ length: 5 }, async (_, c) => {
    // Five enquiries each: within the limit of five per ten minutes for one person.
    for (let k = 0; k < 5 && flooding; k++) {
      real.push(await postEnquiry({ "x-forwarded-for": `198.51.100.${c + 1}` }));
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  await Promise.all([...attacker, ...clients]);
  const rssAfter = await treeRssBytes(serverPid);
  const latencies = real.map((r) => r.ms).sort((a, b) => a - b);
  return {
    realSent: real.length,
    realOk: real.filter((r) => r.status === 201).length,
    realP99: percentile(latencies, 99),
    floodStatuses: [...floodStatuses].map(([s, n]) => `${n}× ${s}`).join(", "),
    rssBefore,
    rssAfter,
  };
}

async function main() {
  await build();
  const crm = await startFakeCrm();
  const results: string[] = [];
  const drivers: { name: string; env: () => Promise<{ env: Record<string, string>; cleanup: () => void }> }[] = [
    {
      name: "PGlite",
      env: async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
        return { env: { DATA_DIR: dir }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  const pgReason = postgresUnavailableReason();
  if (pgReason) console.log(`bench:enquiry: PostgreSQL skipped: ${pgReason}`);
  else {
    drivers.push({
      name: "PostgreSQL",
      env: async () => {
        const cluster = await startTestCluster();
        return { env: { DATABASE_URL: await createDatabase(cluster, "bench") }, cleanup: () => cluster.stop() };
      },
    });
  }
  for (const driver of drivers.filter((d) => !ONLY || d.name.toLowerCase() === ONLY)) {
    const { env, cleanup } = await driver.env();
    const common = {
      CRM_WEBHOOK_URL: `${crm.url}/webhook`,
      CRM_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
      DELIVERY_INTERVAL_MS: "1000",
    };
    try {
      console.log(`bench:enquiry: ${driver.name}: ${CLIENTS} clients for ${SECONDS} s …`);
      await crm.setMode("ok");
      let server = await startServer({ ...env, ...common });
      const l = await load();
      const line = `${driver.name}: ${l.perSecond.toFixed(0)} accepted/s, p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms (${l.accepted} accepted; other answers: ${l.other})`;
      console.log(`  ${line}`);
      results.push(line);
      // Let the load's deliveries finish, then start the drill from a fresh server and a clean count.
      await stopServer(server);
      crm.received.length = 0;
      server = await startServer({ ...env, ...common });
      console.log(`bench:enquiry: ${driver.name}: outage drill with ${DRILL} enquiries …`);
      const d = await drill(crm);
      const drillLine = `${driver.name} outage drill: sent ${d.sent}, delivered ${d.delivered}, lost ${d.lost}, duplicates ${d.duplicates}, drained in ${d.drainSeconds.toFixed(1)} s`;
      console.log(`  ${drillLine}`);
      results.push(drillLine);
      await stopServer(server);
      // The flood: the rate limit on (5 per 10 minutes), one trusted proxy in front, as deploy/ runs it.
      server = await startServer({ ...env, ...common, ENQUIRY_RATE_LIMIT: "5", TRUSTED_PROXY_HOPS: "1" });
      console.log(`bench:enquiry: ${driver.name}: flood of ${FLOOD} forged requests while 5 clients send enquiries …`);
      const f = await flood(server.pid!);
      const floodLine =
        `${driver.name} flood: real clients ${f.realOk}/${f.realSent} accepted (p99 ${f.realP99.toFixed(1)} ms); ` +
        `flood answered ${f.floodStatuses}; server RSS ${mb(f.rssBefore)} before, ${mb(f.rssAfter)} after`;
      console.log(`  ${floodLine}`);
      results.push(floodLine);
      await stopServer(server);
    } finally {
      cleanup();
    }
  }
  await crm.close();
  console.log(`\n${results.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
