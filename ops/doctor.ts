// npm run doctor [-- --fast] [-- --dry-run] [-- --before-switch] [-- --allow-http]
// Checks the runtime before it serves. --fast: only the checks that open nothing (npm start runs these);
// --dry-run: do not contact the CRMs; --before-switch: a new release checked while the old one still runs
// (npm run deploy): the embedded store is the running server's, so it is neither opened nor required free;
// --allow-http: an http:// SITE_URL passes (a deploy with --allow-http). Exit code 1 on any ✗.
import { parseArgs } from "node:util";
import { checkDatabase, checkDestinations, fastChecks, formatChecks } from "./doctor/checks";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      fast: { type: "boolean" },
      "dry-run": { type: "boolean" },
      "before-switch": { type: "boolean" },
      "allow-http": { type: "boolean" },
    },
  });
  const fast = values.fast ?? false;
  const beforeSwitch = values["before-switch"] ?? false;
  const { checks, config } = fastChecks(process.env, process.env.NEXT_DIST_DIR || ".next", {
    storeMayBeHeld: beforeSwitch,
    allowHttp: values["allow-http"] ?? false,
  });
  if (!fast && config) {
    if (!beforeSwitch || config.DATABASE_URL) checks.push(await checkDatabase(config));
    checks.push(...(await checkDestinations(config, { dryRun: values["dry-run"] ?? false })));
  }
  console.log(formatChecks(checks));
  const failed = checks.filter((c) => !c.ok).length;
  if (failed > 0) {
    console.error(`doctor: ${failed} problem(s)${fast ? ": refusing to start" : ""}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`doctor: ${error.message}`);
    process.exit(2);
  },
);
