// npm run enquiries -- list [--status pending|delivered|dead|spam|stored] | show <id> | retry <id|--dead> | export --csv
import { enquiryConfig } from "../lib/enquiries/config";
import { deliverPendingEnquiries } from "../lib/enquiries/dispatcher";
import { openStore } from "../lib/enquiries/service";
import { getEnquiry, listEnquiries, requeueDead, type EnquiryStatus } from "../lib/enquiries/store";

const STATUSES: EnquiryStatus[] = ["pending", "delivered", "dead", "spam", "stored"];
const USAGE = `usage: npm run enquiries -- list [--status ${STATUSES.join("|")}]
       npm run enquiries -- show <id>
       npm run enquiries -- retry <id|--dead>
       npm run enquiries -- export --csv`;

function csvCell(value: unknown): string {
  const text = value == null ? "" : String(value);
  // Quote always; a leading = + - @ would run as a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || !["list", "show", "retry", "export"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const config = enquiryConfig();
  const db = await openStore(config);
  try {
    if (command === "list") {
      const flag = args.indexOf("--status");
      const status = flag >= 0 ? (args[flag + 1] as EnquiryStatus) : undefined;
      if (flag >= 0 && !STATUSES.includes(status!)) {
        console.error(`--status must be one of ${STATUSES.join(", ")}`);
        return 2;
      }
      const rows = await listEnquiries(db, { status });
      for (const r of rows) console.log(`${r.id}  ${r.createdAt}  ${r.status.padEnd(9)}  ${r.interest.padEnd(18)}  ${r.name} <${r.email}>, ${r.company}`);
      console.log(`${rows.length} enquir${rows.length === 1 ? "y" : "ies"}${status ? ` with status ${status}` : ""}`);
      return 0;
    }
    if (command === "show") {
      const enquiry = args[0] ? await getEnquiry(db, args[0]) : undefined;
      if (!enquiry) {
        console.error(`No enquiry with id ${args[0] ?? "(none given)"}`);
        return 1;
      }
      console.log(JSON.stringify(enquiry, null, 2));
      return 0;
    }
    if (command === "retry") {
      const target = args[0];
      if (!target) {
        console.error(USAGE);
        return 2;
      }
      const count = await requeueDead(db, target === "--dead" ? undefined : target);
      console.log(`${count} dead deliver${count === 1 ? "y" : "ies"} queued again`);
      if (count > 0 && config.destinations.length > 0) {
        const run = await deliverPendingEnquiries(db, { destinations: config.destinations, timeoutMs: config.CRM_TIMEOUT_MS, leaseMs: config.leaseMs, maxRounds: 5 });
        console.log(`delivered ${run.delivered}, will retry ${run.retried}, failed permanently ${run.dead}`);
      }
      return 0;
    }
    if (!args.includes("--csv")) {
      console.error(USAGE);
      return 2;
    }
    const rows = await listEnquiries(db);
    const header = ["id", "created_at", "status", "name", "email", "company", "role", "interest", "message", "source", "consent_version"];
    console.log(header.join(","));
    for (const summary of rows) {
      const e = (await getEnquiry(db, summary.id))!;
      console.log([e.id, e.createdAt, e.status, e.name, e.email, e.company, e.role, e.interest, e.message, e.sourceSlug, e.consentVersion].map(csvCell).join(","));
    }
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`enquiries: ${error.message}`);
    process.exit(1);
  },
);
