import { env } from "@/lib/env";
import { enquiryService } from "@/features/enquiries/service";
import { sitePages } from "@/features/site/site-pages";
import { Collector } from "./collector";
import { readershipConfig } from "./config";

const isDev = process.env.NODE_ENV === "development";
let productionPaths: ReadonlySet<string> | undefined;

/** The counted paths: fixed for a build; in the dev server read again each time, so a new post is counted. */
function countedPaths(): ReadonlySet<string> {
  if (isDev) return new Set(sitePages().map((page) => page.path));
  productionPaths ??= new Set(sitePages().map((page) => page.path));
  return productionPaths;
}

const KEY = Symbol.for("operators-log.readership-collector");
type Holder = { [KEY]?: Promise<Collector> };

/** One collector per server process, on the enquiries' store (one database, one set of migrations). */
export function readershipCollector(): Promise<Collector> {
  const holder = globalThis as Holder;
  holder[KEY] ??= enquiryService().then(
    (service) => {
      const collector = new Collector(service.db, {
        timeZone: env.SITE_TIMEZONE,
        retentionDays: readershipConfig().ANALYTICS_RETENTION_DAYS,
        countedPaths,
      });
      // Yesterday's salt and visitors go within the hour even if nobody reads today.
      const upkeep = setInterval(() => void collector.endPastDays().catch(() => undefined), 60 * 60 * 1000);
      upkeep.unref();
      return collector;
    },
    (error: unknown) => {
      delete holder[KEY];
      throw error;
    },
  );
  return holder[KEY]!;
}
