// npm run build:standalone
// A self-contained release: .next/standalone/ holds server.js, the traced node_modules, .next/static and public/.
// Copy that folder anywhere (e.g. /home/operators-log/releases/<version>) and run `node server.js`.
import { spawnSync } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
console.log(`build:standalone: next build (output: standalone, ${distDir}/) …`);
const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_OUTPUT: "standalone", NEXT_TELEMETRY_DISABLED: "1" } });
if (result.status !== 0) process.exit(result.status ?? 1);

const bundle = path.join(distDir, "standalone");
// Next leaves static assets and public/ out of the bundle, expecting a CDN; this server serves them itself.
await rm(path.join(bundle, distDir, "static"), { recursive: true, force: true });
await cp(path.join(distDir, "static"), path.join(bundle, distDir, "static"), { recursive: true });
await cp("public", path.join(bundle, "public"), { recursive: true });
// Never ship a local embedded store or local settings inside a release.
await rm(path.join(bundle, ".data"), { recursive: true, force: true });
await rm(path.join(bundle, ".env"), { force: true });
console.log(`build:standalone: release ready in ${bundle}/ — run it with: node server.js (see README, Deployment)`);
