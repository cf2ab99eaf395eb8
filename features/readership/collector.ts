import type { Database } from "@/lib/db/database";
import { RateLimiter } from "@/features/enquiries/intake/rate-limit";
import {
  BEACONS_PER_MINUTE,
  DIRECT,
  OTHER,
  SOURCE_SLOTS_PER_DAY,
  VISITOR_ROWS_PER_DAY,
  type ViewOutcome,
} from "./model";
import { admitSource } from "./store/admit-source";
import { countView } from "./store/count-view";
import { saltOfDay } from "./store/salt-of-day";
import { endPastDays } from "./upkeep";
import { dayOf, visitorHash } from "./visitor";

export type CollectorOptions = {
  timeZone: string;
  retentionDays: number;
  /** The paths counted (features/site/site-pages.ts); asked once per view, so the dev server sees new posts. */
  countedPaths: () => ReadonlySet<string>;
  now?: () => Date;
  visitorRows?: number;
};

/** A beacon as read from the request: already past the rules in rules.ts. */
export type Beacon = { path: string; source: string; address: string; userAgent: string };

export type CollectOutcome = ViewOutcome | "unknown-path" | "rate-limited";

/**
 * One server's side of the figures. It keeps in memory only what it may: today's salt (the database has the
 * same), the sources the day admitted (admission is never taken back within a day), and each address's beacon
 * count for the last minute. The first view of a new day ends the days before it and applies the retention.
 */
export class Collector {
  private readonly limiter = new RateLimiter(BEACONS_PER_MINUTE, 60_000);
  private today?: { day: string; salt: string; admitted: Set<string>; sourcesFull: boolean };
  private starting?: Promise<NonNullable<Collector["today"]>>;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    private readonly options: CollectorOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Seconds `address` must wait before its next beacon is read, or 0 (and the beacon is counted against it). */
  takeBeacon(address: string): number {
    return this.limiter.take(address, this.now().getTime());
  }

  async collect(beacon: Beacon): Promise<CollectOutcome> {
    if (!this.options.countedPaths().has(beacon.path)) return "unknown-path";
    const at = this.now();
    const today = await this.day(dayOf(at, this.options.timeZone));
    const source = await this.admitted(today, beacon.source);
    const visitor = visitorHash(today.salt, beacon.address, beacon.userAgent);
    const rows = this.options.visitorRows ?? VISITOR_ROWS_PER_DAY;
    return countView(this.db, { day: today.day, path: beacon.path, source, visitor, at }, rows);
  }

  /** End the days before today and apply the retention (also run hourly and by `npm run stats`). */
  endPastDays(): Promise<void> {
    return endPastDays(this.db, this.now(), this.options.timeZone, this.options.retentionDays);
  }

  private async day(day: string) {
    if (this.today?.day === day) return this.today;
    this.starting ??= (async () => {
      await this.endPastDays();
      return { day, salt: await saltOfDay(this.db, day), admitted: new Set([DIRECT, OTHER]), sourcesFull: false };
    })().finally(() => (this.starting = undefined));
    this.today = await this.starting;
    return this.today;
  }

  private async admitted(today: NonNullable<Collector["today"]>, source: string): Promise<string> {
    if (today.admitted.has(source)) return source;
    if (today.sourcesFull) return OTHER;
    const counted = await admitSource(this.db, today.day, source, SOURCE_SLOTS_PER_DAY);
    if (counted === OTHER) today.sourcesFull = true;
    else today.admitted.add(counted);
    return counted;
  }
}
