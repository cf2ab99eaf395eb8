// npm run build:standalone
// A self-contained release in .build/release/standalone/: server.js, the traced node_modules, the static assets,
// the artefacts (feeds, sitemap, share cards), public/, and the ops commands (enquiries, deliver, doctor, stats) bundled into ops/*.mjs. Copy that folder anywhere
// (e.g. /home/operators-log/releases/<version>) and run `node server.js`; `node ops/enquiries.mjs list` etc.
import { build } from "esbuild";
import { cp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { buildSite } from "./build-site";

const OPS_COMMANDS = ["enquiries", "deliver", "doctor", "stats"] as const;

export async function buildRelease(name = "release"): Promise<string> {
  const { distDir } = await buildSite({ name, standalone: true });
  const bundle = path.join(distDir, "standalone");
  // Next leaves static assets and public/ out of the bundle, expecting a CDN; this server serves them itself.
  await rm(path.join(bundle, distDir, "static"), { recursive: true, force: true });
  await cp(path.join(distDir, "static"), path.join(bundle, distDir, "static"), { recursive: true });
  await cp("public", path.join(bundle, "public"), { recursive: true });
  // The feeds, sitemap and share cards the build wrote: the server reads them from <distDir>/artefacts.
  await cp(path.join(distDir, "artefacts"), path.join(bundle, distDir, "artefacts"), { recursive: true });
  console.log(`build:standalone: bundling the ops commands (${OPS_COMMANDS.join(", ")}) into ops/ …`);
  await build({
    entryPoints: OPS_COMMANDS.map((command) => `ops/${command}.ts`),
    outdir: path.join(bundle, "ops"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    target: "node24",
    format: "esm",
    // The database drivers load files relative to themselves: use the copies the server's bundle traced.
    external: ["pg", "@electric-sql/pglite"],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "warning",
  });
  // Never ship a local embedded store or local settings inside a release.
  await rm(path.join(bundle, ".data"), { recursive: true, force: true });
  for (const entry of await readdir(bundle)) {
    if (entry.startsWith(".env")) await rm(path.join(bundle, entry), { force: true });
  }
  return bundle;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = await buildRelease();
  console.log(`build:standalone: release ready in ${bundle}/ — run it with: node server.js (see README, Deployment)`);
}
