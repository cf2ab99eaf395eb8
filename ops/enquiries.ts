// npm run enquiries -- status | list [--status pending|delivered|dead|spam|stored] | show <id> | retry <id|--dead>
//                        | export --csv | erase <email>
import { parseArgs } from "node:util";
import { enquiryConfig } from "@/features/enquiries/config";
import { deliverPendingEnquiries } from "@/features/enquiries/delivery/dispatcher";
import { ENQUIRY_STATUSES, type EnquiryStatus } from "@/features/enquiries/store/reports/enquiry-status";
import { exportEnquiries } from "@/features/enquiries/store/reports/export-enquiries";
import { getEnquiry } from "@/features/enquiries/store/reports/get-enquiry";
import { listEnquiries } from "@/features/enquiries/store/reports/list-enquiries";
import { erasePerson } from "@/features/enquiries/store/outbox/erase-person";
import { assessHealth } from "@/features/enquiries/store/reports/assess-health";
import { requeueDead } from "@/features/enquiries/store/reports/requeue-dead";
import { openStore } from "@/features/enquiries/service";
import { csvCell } from "@/lib/csv";
import type { Database } from "@/lib/db/database";

const USAGE = `usage: npm run enquiries -- status
       npm run enquiries -- list [--status ${ENQUIRY_STATUSES.join("|")}]
       npm run enquiries -- show <id>
       npm run enquiries -- retry <id|--dead>
       npm run enquiries -- export --csv
       npm run enquiries -- erase <email>`;

class UsageError extends Error {}

async function list(db: Database, status: string | undefined) {
  if (status !== undefined && !ENQUIRY_STATUSES.includes(status as EnquiryStatus)) {
    throw new UsageError(`--status must be one of ${ENQUIRY_STATUSES.join(", ")}`);
  }
  const rows = await listEnquiries(db, { status: status as EnquiryStatus | undefined });
  for (const r of rows) {
    // Email subscriptions share the outbox: they show as such, with only the address they carry.
    const who = r.kind === "subscription" ? `<${r.email}>` : `${r.name} <${r.email}>, ${r.company}`;
    const what = r.kind === "subscription" ? "subscription" : r.interest;
    console.log(`${r.id}  ${r.createdAt}  ${r.status.padEnd(9)}  ${what.padEnd(18)}  ${who}`);
  }
  console.log(`${rows.length} enquir${rows.length === 1 ? "y" : "ies"}${status ? ` with status ${status}` : ""}`);
  return 0;
}

async function show(db: Database, id: string | undefined) {
  const enquiry = id ? await getEnquiry(db, id) : undefined;
  if (!enquiry) {
    console.error(`No enquiry with id ${id ?? "(none given)"}`);
    return 1;
  }
  console.log(JSON.stringify(enquiry, null, 2));
  return 0;
}

async function retry(db: Database, target: string | undefined, allDead: boolean) {
  if (!target && !allDead) throw new UsageError("retry needs an enquiry id or --dead");
  const count = await requeueDead(db, allDead ? undefined : target);
  console.log(`${count} dead deliver${count === 1 ? "y" : "ies"} queued again`);
  const config = enquiryConfig();
  if (count > 0 && config.destinations.length > 0) {
    const run = await deliverPendingEnquiries(db, {
      destinations: config.destinations,
      timeoutMs: config.CRM_TIMEOUT_MS,
      leaseMs: config.leaseMs,
      maxRounds: 5,
    });
    console.log(`delivered ${run.delivered}, will retry ${run.retried}, failed again ${run.dead}`);
  }
  return 0;
}

async function exportCsv(db: Database) {
  const header = [
    "id",
    "kind",
    "created_at",
    "status",
    "name",
    "email",
    "company",
    "role",
    "interest",
    "message",
    "source",
    "consent_version",
  ];
  console.log(header.join(","));
  for (const e of await exportEnquiries(db)) {
    // A subscription has no name, company, role, interest or message: those cells stay empty.
    const enquiry = e.kind === "enquiry" ? e : undefined;
    const cells = [
      e.id,
      e.kind,
      e.createdAt,
      e.status,
      enquiry?.name,
      e.email,
      enquiry?.company,
      enquiry?.role,
      enquiry?.interest,
      enquiry?.message,
      e.sourceSlug,
      e.consentVersion,
    ];
    console.log(cells.map(csvCell).join(","));
  }
  return 0;
}

/** A data-subject request: everything held about one address, removed, and said so. */
async function erase(db: Database, email: string | undefined) {
  if (!email || !email.includes("@")) throw new UsageError("erase needs the person's email address");
  const erased = await erasePerson(db, email);
  for (const id of erased.enquiries) console.log(`erased ${id}`);
  console.log(
    `erased ${erased.enquiries.length} submission(s) from ${email}, ${erased.deliveries} delivery row(s) and ` +
      `${erased.attempts} attempt record(s). Copies already in the CRM are not touched: remove them there too.`,
  );
  return 0;
}

/** What /api/health only shows with its token: the verdict, its reasons and the counts. Exit 1 when degraded. */
async function status(db: Database) {
  const verdict = await assessHealth(db, enquiryConfig());
  console.log(`status: ${verdict.ok ? "ok" : "degraded"}`);
  for (const problem of verdict.problems) console.log(`  ✗ ${problem}`);
  console.log(JSON.stringify(verdict.details, null, 2));
  return verdict.ok ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { status: { type: "string" }, dead: { type: "boolean" }, csv: { type: "boolean" } },
  });
  const [command, argument] = positionals;
  if (command === "export" && !values.csv) throw new UsageError("export needs --csv");
  if (!command || !["status", "list", "show", "retry", "export", "erase"].includes(command))
    throw new UsageError(`unknown command ${command ?? "(none)"}`);
  const db = await openStore(enquiryConfig());
  try {
    if (command === "status") return await status(db);
    if (command === "list") return await list(db, values.status);
    if (command === "show") return await show(db, argument);
    if (command === "retry") return await retry(db, argument, values.dead ?? false);
    if (command === "erase") return await erase(db, argument);
    return await exportCsv(db);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`enquiries: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`enquiries: ${error.message}`);
    process.exit(1);
  },
);
