// npm run deliver: one delivery run, for cron or a systemd timer (the server also runs its own dispatcher).
import { enquiryConfig } from "@/features/enquiries/config";
import { deliverPendingEnquiries } from "@/features/enquiries/delivery/dispatcher";
import { openStore } from "@/features/enquiries/service";
import { deliveryCounts } from "@/features/enquiries/store/reports/delivery-counts";

async function main(): Promise<number> {
  const config = enquiryConfig();
  if (config.destinations.length === 0) {
    console.error("deliver: no CRM configured (HUBSPOT_* or CRM_WEBHOOK_*); nothing to deliver to");
    return 1;
  }
  const db = await openStore(config);
  try {
    const run = await deliverPendingEnquiries(db, {
      destinations: config.destinations,
      timeoutMs: config.CRM_TIMEOUT_MS,
      leaseMs: config.leaseMs,
    });
    const counts = await deliveryCounts(db);
    console.log(
      `deliver: attempted ${run.attempted}: delivered ${run.delivered}, will retry ${run.retried}, failed permanently ${run.dead}; ` +
        `now waiting ${counts.pending}, dead ${counts.dead}`,
    );
    return run.dead > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`deliver: ${error.message}`);
    process.exit(1);
  },
);
