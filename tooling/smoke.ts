// npm run smoke -- <base URL>
// Read-only checks of a deployed site: pages, links, feeds, share images, security headers, /api/health, and that
// an empty enquiry is refused with 422. Prints one line per failure; exit 1 when any.
import { parseArgs } from "node:util";
import { checkSite } from "./site-checks";

async function main(): Promise<number> {
  const [base] = parseArgs({ allowPositionals: true, strict: true }).positionals;
  if (!base || !/^https?:\/\//.test(base)) {
    console.error("usage: npm run smoke -- https://your.site");
    return 2;
  }
  console.log(`smoke: checking ${base} (read-only) …`);
  const report = await checkSite(base, { log: (line) => line.startsWith("✗") && console.log(line) });
  console.log(`smoke: ${report.pages.size} pages, ${report.checked} requests, ${report.failures.length} failure(s)`);
  return report.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`smoke: ${error.message}`);
    process.exit(2);
  },
);
