// npm run bench:readership
// Starts the production server behind one (pretend) trusted proxy and prints, on PGlite and on PostgreSQL:
//  - enquiries: accepted/s and p50/p99 for --clients concurrent clients over --seconds (rate limit off);
//  - views: beacons answered/s and p50/p99 for the same clients on the same store, each beacon a reader of its
//    own (a new visitor: the most expensive view to count), and the ratio to the enquiries (target ≥ 2×);
//  - a flood: --flood forged beacons from 1,000 forged addresses (random user agents, paths, referrers): the
//    answers, the views counted, and the readership tables' rows and bytes against the stated daily ceiling.
// Options: --seconds 15 --clients 50 --flood 100000 --only pglite|postgres
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnquiryConfig } from "@/features/enquiries/config";
import { openStore } from "@/features/enquiries/service";
import { dailyCeiling } from "@/features/readership/model";
import type { Database } from "@/lib/db/database";
import { buildDir, buildSite } from "@/tooling/build-site";
import { startNextServer, stopNextServer } from "@/tooling/next-server";
import { createDatabase, postgresUnavailableReason, startTestCluster } from "@/tooling/postgres";
import { BENCH_TOKEN_SECRET, closedLoop, postEnquiry } from "./enquiry-client";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "15" },
    clients: { type: "string", default: "50" },
    flood: { type: "string", default: "100000" },
    only: { type: "string", default: "" },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const FLOOD = Number(values.flood);
const PORT = 3461;
const BASE = `http://127.0.0.1:${PORT}`;
const BUILD = "bench-readership";
const STATS_PASSWORD = "bench-stats-password-0123";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const TABLES = ["readership_salts", "readership_days", "readership_visits", "readership_sources", "readership_daily"];

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  return startNextServer({
    port: PORT,
    distDir: buildDir(BUILD),
    env: {
      SITE_URL: BASE,
      ENQUIRY_RATE_LIMIT: "0",
      ENQUIRY_TOKEN_SECRET: BENCH_TOKEN_SECRET,
      TRUSTED_PROXY_HOPS: "1",
      STATS_PASSWORD,
      ...env,
    },
    readyPath: "/api/health",
    stdio: process.env.BENCH_VERBOSE ? "inherit" : "ignore",
  });
}

/** The counted pages, as the sitemap lists them. */
async function countedPaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${BASE}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

let reader = 0;
let databases = 0;
async function sendBeacon(body: object, address: string, userAgent: string) {
  const started = performance.now();
  const response = await fetch(`${BASE}/api/view`, {
    method: "POST",
    headers: { "content-type": "text/plain;charset=UTF-8", "user-agent": userAgent, "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Views counted today, as /stats shows them. */
async function countedViews(): Promise<number> {
  const auth = `Basic ${Buffer.from(`bench:${STATS_PASSWORD}`).toString("base64")}`;
  const page = await fetch(`${BASE}/stats?since=1d`, { headers: { authorization: auth } });
  const html = (await page.text()).replace(/<!-- -->/g, ""); // React marks where its text pieces join
  return Number(/: (\d+) views, /.exec(html)?.[1] ?? NaN);
}

async function tableSizes(db: Database) {
  const sizes: { table: string; rows: number; bytes: number }[] = [];
  for (const table of TABLES) {
    const [row] = await db.query<{ rows: string | number; bytes: string | number }>(
      `SELECT (SELECT count(*) FROM ${table}) AS rows, pg_total_relation_size('${table}') AS bytes`,
    );
    sizes.push({ table, rows: Number(row!.rows), bytes: Number(row!.bytes) });
  }
  return sizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function flood(paths: string[]) {
  const answers = new Map<number, number>();
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (sent < FLOOD) {
        const i = sent++;
        const forged = {
          path: i % 2 === 0 ? paths[i % paths.length]! : `/forged/${i}`,
          referrer: `https://forged-${i % 5000}.example/`,
          utm: i % 3 === 0 ? `campaign-${i}` : null,
        };
        const address = `10.9.${Math.floor((i % 1000) / 250)}.${i % 250}`;
        const { status } = await sendBeacon(forged, address, `${CHROME} forged-${i}`);
        answers.set(status, (answers.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, answers: [...answers].map(([s, n]) => `${n}× ${s}`).join(", ") };
}

async function main() {
  console.log("bench:readership: next build (production) …");
  await buildSite({ name: BUILD, env: { SITE_URL: BASE } });
  const results: string[] = [];
  const pgReason = postgresUnavailableReason();
  if (pgReason) console.log(`bench:readership: PostgreSQL skipped: ${pgReason}`);
  const cluster = pgReason || values.only === "pglite" ? undefined : await startTestCluster();
  const leftovers: string[] = [];
  /** A fresh, empty store of each kind, as the server's environment. */
  const stores: { name: string; fresh: () => Promise<Record<string, string>> }[] = [
    {
      name: "PGlite",
      fresh: async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "bench-readership-"));
        leftovers.push(dir);
        return { DATA_DIR: dir };
      },
    },
    ...(cluster
      ? [
          {
            name: "PostgreSQL",
            fresh: async () => ({ DATABASE_URL: await createDatabase(cluster, `bench_${++databases}`) }),
          },
        ]
      : []),
  ];
  try {
    for (const store of stores.filter((s) => !values.only || s.name.toLowerCase() === values.only)) {
      results.push(...(await measure(store.name, await store.fresh(), await store.fresh())));
    }
  } finally {
    cluster?.stop();
    for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${results.join("\n")}`);
}

/** Throughput on one store, then the flood on another, empty one (what it leaves is all it can leave). */
async function measure(name: string, loadEnv: Record<string, string>, floodEnv: Record<string, string>) {
  let server = await startServer(loadEnv);
  const paths = await countedPaths();
  console.log(`bench:readership: ${name}: enquiries, ${CLIENTS} clients for ${SECONDS} s …`);
  const enquiries = await closedLoop(CLIENTS, SECONDS, () => postEnquiry(BASE), 201);
  console.log(`bench:readership: ${name}: views, ${CLIENTS} clients for ${SECONDS} s …`);
  const views = await closedLoop(
    CLIENTS,
    SECONDS,
    () => {
      const n = ++reader;
      const body = { path: paths[n % paths.length], referrer: "https://news.example/", utm: null };
      return sendBeacon(body, `10.1.${(n >> 8) & 255}.${n & 255}`, `${CHROME} reader-${n}`);
    },
    204,
  );
  const counted = await countedViews();
  await stopNextServer(server);
  const ratio = views.perSecond / enquiries.perSecond;
  const line =
    `${name}: enquiries ${enquiries.perSecond.toFixed(0)}/s (p99 ${enquiries.p99.toFixed(1)} ms); ` +
    `views ${views.perSecond.toFixed(0)}/s (p50 ${views.p50.toFixed(1)} ms, p99 ${views.p99.toFixed(1)} ms; ` +
    `${counted} counted; other answers: ${views.other}) = ${ratio.toFixed(2)}× the enquiries (target ≥ 2×)`;
  console.log(`  ${line}`);

  server = await startServer(floodEnv);
  console.log(`bench:readership: ${name}: flood of ${FLOOD} forged beacons from 1,000 addresses …`);
  const f = await flood(paths);
  const floodCounted = await countedViews();
  await stopNextServer(server);
  const db = await openStore(parseEnquiryConfig(floodEnv));
  const sizes = await tableSizes(db);
  await db.close();
  const ceiling = dailyCeiling(paths.length);
  const rows = (table: string) => sizes.find((s) => s.table === table)!.rows;
  const floodLine =
    `${name} flood: ${FLOOD} beacons in ${f.seconds.toFixed(0)} s answered ${f.answers}; ${floodCounted} views counted; ` +
    `visitor rows ${rows("readership_visits")} (ceiling ${ceiling.visitorRows}), figure rows ${rows("readership_daily")} ` +
    `(ceiling ${ceiling.figureRows} for ${paths.length} pages), sources ${rows("readership_sources")}; tables ` +
    `${sizes.map((s) => `${s.table.replace("readership_", "")} ${kb(s.bytes)}`).join(", ")}; ` +
    `${kb(sizes.reduce((n, s) => n + s.bytes, 0))} in all`;
  console.log(`  ${floodLine}`);
  return [line, floodLine];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
