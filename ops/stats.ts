// npm run stats -- [--since 30d|YYYY-MM-DD] [--json | --csv]      (in a release: node ops/stats.mjs …)
// Per page: views, visitors, enquiries, subscriptions and enquiries per thousand views; the top sources; totals.
import { parseArgs } from "node:util";
import { enquiryConfig } from "@/features/enquiries/config";
import { openStore } from "@/features/enquiries/service";
import { PeriodError, readReport } from "@/features/readership/read-report";
import { renderCsv } from "@/features/readership/render-csv";
import { renderText } from "@/features/readership/render-text";

const USAGE = "usage: npm run stats -- [--since 30d|YYYY-MM-DD] [--json | --csv]";

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { since: { type: "string", default: "30d" }, json: { type: "boolean" }, csv: { type: "boolean" } },
  });
  if (values.json && values.csv) throw new PeriodError("choose one of --json and --csv");
  const db = await openStore(enquiryConfig());
  try {
    const report = await readReport(db, values.since);
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else if (values.csv) process.stdout.write(renderCsv(report));
    else console.log(renderText(report));
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    const usage = error instanceof PeriodError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(`stats: ${error.message}${usage ? `\n${USAGE}` : ""}`);
    process.exit(usage ? 2 : 1);
  },
);
