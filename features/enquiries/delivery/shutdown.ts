import type { EnquiryService } from "@/features/enquiries/service";

/**
 * A normal stop (SIGTERM, SIGINT) resends nothing: the dispatcher claims nothing more, deliveries in flight get
 * SHUTDOWN_GRACE_MS to finish and be recorded, and the rows still held are handed back for the next start. The
 * server runs with NEXT_MANUAL_SIG_HANDLE=true (npm start, the systemd unit), so this handler, not Next's,
 * decides when the process exits.
 */
export function stopGracefullyOn(signals: NodeJS.Signals[], service: () => Promise<EnquiryService | undefined>) {
  let stopping = false;
  for (const signal of signals) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void (async () => {
        const running = await service().catch(() => undefined);
        if (running) {
          const grace = running.config.SHUTDOWN_GRACE_MS;
          console.error(`enquiries: ${signal}: stopping deliveries (up to ${grace} ms for those in flight)`);
          const { released } = await running.stop(grace).catch((error: Error) => {
            console.error(`enquiries: stopping failed: ${error.message}`);
            return { released: 0 };
          });
          if (released > 0)
            console.error(`enquiries: handed back ${released} unfinished delivery(ies) for the next start`);
        }
        if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === "SIGINT" ? 130 : 143);
      })();
    });
  }
}
