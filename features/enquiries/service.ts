import { randomBytes } from "node:crypto";
import { StorageUnavailableError, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrations";
import { openPglite, openPostgres } from "@/lib/db/open";
import { StoreLockedError } from "@/lib/db/lock";
import { enquiryConfig, type EnquiryConfig } from "./config";
import { site } from "@/lib/site";
import { createAlerter } from "@/features/enquiries/delivery/alerts";
import { DestinationCircuits } from "@/features/enquiries/delivery/circuit";
import { startDeliveryLoop } from "@/features/enquiries/delivery/dispatcher";
import { startRetention } from "@/features/enquiries/store/retention";
import { submissionLimiter, type SubmissionLimiter } from "@/features/enquiries/intake/rate-limit";
import { settingOrCreate } from "@/features/enquiries/store/settings/setting-or-create";

export type EnquiryService = {
  db: Database;
  config: EnquiryConfig;
  limiter: SubmissionLimiter;
  tokenSecret: string;
  /** Run the dispatcher now (after an enquiry is accepted). */
  kickDelivery: () => void;
  /** Stop delivering (in-flight attempts get up to graceMs), hand back unfinished rows, close the store. */
  stop: (graceMs?: number) => Promise<{ released: number }>;
};

/** Open the configured store and bring its schema up to date. */
export async function openStore(config: EnquiryConfig): Promise<Database> {
  try {
    const db = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL) : await openPglite(config.dataDir);
    await migrate(db);
    return db;
  } catch (error) {
    if (error instanceof StoreLockedError) throw error;
    const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `the embedded store in ${config.dataDir}`;
    throw new StorageUnavailableError(`Cannot open ${where}: ${(error as Error).message}`, { cause: error });
  }
}

export async function createEnquiryService(
  config: EnquiryConfig,
  options: { dispatcher: boolean },
): Promise<EnquiryService> {
  const db = await openStore(config);
  const tokenSecret =
    config.ENQUIRY_TOKEN_SECRET ??
    (await settingOrCreate(db, "enquiry_token_secret", () => randomBytes(32).toString("base64url")));
  const loop =
    options.dispatcher && config.destinations.length > 0
      ? startDeliveryLoop(db, {
          destinations: config.destinations,
          timeoutMs: config.CRM_TIMEOUT_MS,
          leaseMs: config.leaseMs,
          intervalMs: config.DELIVERY_INTERVAL_MS,
          batchSize: config.CRM_MAX_CONCURRENCY,
          ...(config.ALERT_WEBHOOK_URL
            ? {
                alert: createAlerter({
                  url: config.ALERT_WEBHOOK_URL,
                  minIntervalS: config.ALERT_MIN_INTERVAL_S,
                  siteName: site.name,
                }),
              }
            : {}),
          circuits: new DestinationCircuits({
            failuresToOpen: config.CRM_CIRCUIT_FAILURES,
            probeIntervalMs: config.CRM_CIRCUIT_PROBE_MS,
          }),
        })
      : undefined;
  const retention = options.dispatcher ? startRetention(db, config.ENQUIRY_RETENTION_DAYS) : undefined;
  if (config.destinations.length === 0) {
    console.warn(
      "enquiries: no CRM configured (HUBSPOT_* or CRM_WEBHOOK_*): enquiries are stored and listed by `npm run enquiries -- list`, but not delivered.",
    );
  }
  return {
    db,
    config,
    limiter: submissionLimiter(db, config.ENQUIRY_RATE_LIMIT),
    tokenSecret,
    kickDelivery: () => loop?.kick(),
    async stop(graceMs = 0) {
      retention?.stop();
      const stopped = (await loop?.stop(graceMs)) ?? { released: 0 };
      await db.close();
      return stopped;
    },
  };
}

const KEY = Symbol.for("operators-log.enquiry-service");
type Holder = { [KEY]?: Promise<EnquiryService> };

/** The service if this process has one (started, or starting); never opens the store. */
export function runningEnquiryService(): Promise<EnquiryService> | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * One service per server process, created on first use. A failed open is not
 * cached: the next request tries again (the database may be back).
 */
export function enquiryService(): Promise<EnquiryService> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = createEnquiryService(enquiryConfig(), { dispatcher: true }).catch((error) => {
      delete holder[KEY];
      throw error;
    });
  }
  return holder[KEY]!;
}
