// npm run bench:deploy [-- --rps 20 --enquiry-interval-ms 250]
// Downtime, measured: a release deployed from nothing into a temporary root (tooling/deploy/trial-root.ts),
// then a second deploy while one client reads pages at --rps requests a second and another sends an enquiry
// every --enquiry-interval-ms. Prints how many reads failed and for how long, and what became of every enquiry:
// accepted (201, and then found in the store), answered with an error a person can retry, or not answered
// (the connection refused while no server listened). Target: no accepted enquiry lost, none silently dropped.
import { spawn, spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { issueFormToken } from "@/features/enquiries/intake/form-token";
import { makeTrialRoot } from "@/tooling/deploy/trial-root";

const { values } = parseArgs({
  options: { rps: { type: "string", default: "20" }, "enquiry-interval-ms": { type: "string", default: "250" } },
});
const PORT = 3490;
const SECRET = "bench-deploy-token-secret-0123456789";
const trial = makeTrialRoot(PORT, { ENQUIRY_TOKEN_SECRET: SECRET, ENQUIRY_RATE_LIMIT: "0" });

/** npm run deploy, in a child process: this one keeps sending requests meanwhile. */
function deploy(...extra: string[]): Promise<string> {
  const args = ["tsx", "tooling/deploy.ts", "--root", trial.root, "--restart-cmd", trial.restartCmd];
  const child = spawn("npx", [...args, "--health-url", trial.base, "--allow-http", ...extra], {
    env: { ...process.env, SITE_URL: trial.base },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`deploy failed:\n${output}`)))),
  );
}

/** One request on a connection of its own (a browser opens a new one when its kept-alive one is gone). */
function send(method: string, pathname: string, body?: string): Promise<{ status: number; body: string } | Error> {
  return new Promise((resolve) => {
    const req = request(`${trial.base}${pathname}`, {
      method,
      agent: false,
      timeout: 10_000,
      headers: body ? { "content-type": "application/json", origin: trial.base } : {},
    });
    req.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", resolve);
    req.end(body);
  });
}

type Read = { at: number; ok: boolean };
type Sent = { at: number; outcome: "accepted" | "answered" | "no answer"; detail: string; id?: string };

console.log(`bench:deploy: first deploy into ${trial.root} (builds the release) …`);
await deploy();
const first = realpathSync(path.join(trial.root, "current"));
const reads: Read[] = [];
const sent: Sent[] = [];
let running = true;
const readers = (async () => {
  const interval = 1000 / Number(values.rps);
  while (running) {
    const at = Date.now();
    void send("GET", "/").then((r) => reads.push({ at, ok: !(r instanceof Error) && r.status === 200 }));
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
})();
let n = 0;
const enquirer = (async () => {
  while (running) {
    const at = Date.now();
    const body = JSON.stringify({
      name: `Deploy Reader ${++n}`,
      email: `deploy-${n}@example.com`,
      company: "Switch Ltd",
      role: "Operator",
      interest: "membership",
      message: "Sent during a deploy.",
      consent: true,
      issued: issueFormToken(SECRET, "enquiry", Date.now() - 10_000),
    });
    const r = await send("POST", "/api/enquiry", body);
    if (r instanceof Error)
      sent.push({ at, outcome: "no answer", detail: (r as NodeJS.ErrnoException).code ?? r.message });
    else if (r.status === 201)
      sent.push({ at, outcome: "accepted", detail: "201", id: (JSON.parse(r.body) as { id: string }).id });
    else sent.push({ at, outcome: "answered", detail: String(r.status) });
    await new Promise((resolve) => setTimeout(resolve, Number(values["enquiry-interval-ms"])));
  }
})();

await new Promise((resolve) => setTimeout(resolve, 3_000));
console.log("bench:deploy: second deploy, under load …");
const deployStarted = Date.now();
const log = await deploy("--release-from", first);
const deployEnded = Date.now();
await new Promise((resolve) => setTimeout(resolve, 3_000));
running = false;
await Promise.all([readers, enquirer]);
await new Promise((resolve) => setTimeout(resolve, 1_000));
await trial.stop();

// Every accepted enquiry, looked up in the store once the server is stopped (the embedded store admits one process).
const release = realpathSync(path.join(trial.root, "current"));
const exportArgs = [process.execPath, "ops/enquiries.mjs", "export", "--csv"];
const [command, ...args] = process.getuid?.() === 0 ? ["runuser", "-u", trial.user, "--", ...exportArgs] : exportArgs;
const exported = spawnSync(command!, args, {
  cwd: release,
  encoding: "utf8",
  env: {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    DATA_DIR: path.join(trial.root, "data"),
    NEXT_DIST_DIR: ".build/release",
  },
});
const stored = new Set(
  exported.stdout
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0]!.replace(/"/g, "")),
);
const accepted = sent.filter((s) => s.outcome === "accepted");
const lost = accepted.filter((s) => !stored.has(s.id!));

const failed = reads.filter((r) => !r.ok);
const window = failed.length ? failed.at(-1)!.at - failed[0]!.at + 1000 / Number(values.rps) : 0;
const tally = (outcome: Sent["outcome"]) => {
  const of = sent.filter((s) => s.outcome === outcome);
  const details = [...new Set(of.map((s) => s.detail))].join(", ");
  return `${of.length}${details ? ` (${details})` : ""}`;
};
for (const line of log.split("\n").filter((l) => /✓ [4-7]\/7/.test(l))) console.log(`  ${line}`);
console.log(
  `\nDeploy under load (second deploy: ${((deployEnded - deployStarted) / 1000).toFixed(1)} s, build skipped)`,
);
console.log("| what | figure |\n| --- | ---: |");
console.log(`| page reads (${values.rps}/s) | ${reads.length} |`);
console.log(
  `| failed reads | ${failed.length} (${((failed.length / Math.max(1, reads.length)) * 100).toFixed(1)} %) |`,
);
console.log(`| reads failing for | ${(window / 1000).toFixed(2)} s |`);
console.log(`| enquiries sent | ${sent.length} |`);
console.log(`| accepted (201) | ${accepted.length} |`);
console.log(`| answered with an error | ${tally("answered")} |`);
console.log(`| not answered (no server on the port) | ${tally("no answer")} |`);
console.log(`| accepted and not in the store | ${lost.length} (target 0) |`);
if (exported.status !== 0) console.log(`(export failed: ${exported.stderr})`);
