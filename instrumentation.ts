/**
 * Runs once when the server starts: open the enquiry store, apply migrations
 * and start the delivery dispatcher, so deliveries left pending by a previous
 * run (a crash, a restart) resume without waiting for a new enquiry.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { enquiryService, runningEnquiryService } = await import("@/features/enquiries/service");
  const { stopGracefullyOn } = await import("@/features/enquiries/delivery/shutdown");
  stopGracefullyOn(["SIGTERM", "SIGINT"], async () => runningEnquiryService());
  await enquiryService().catch((error: Error) => {
    console.error(`enquiries: storage not available at start (${error.message}); will retry on the first request`);
  });
}
