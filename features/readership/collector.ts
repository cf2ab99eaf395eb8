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
import { countViews } from "./store/count-views";
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

export type CollectOutcome = ViewOutcome | "unknown-path";

/** Most views one statement counts, and how long the first of them waits for others. */
const BATCH_MAX = 500;
const BATCH_LINGER_MS = 5;

type Waiting = {
  day: string;
  at: Date;
  view: { visitor: string; path: string; source: string };
  resolve: (outcome: ViewOutcome) => void;
  reject: (error: unknown) => void;
};

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
  private readonly waiting: Waiting[] = [];
  private writing = false;

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
    return new Promise<ViewOutcome>((resolve, reject) => {
      this.waiting.push({ day: today.day, at, view: { visitor, path: beacon.path, source }, resolve, reject });
      if (!this.writing) void this.write();
    });
  }

  /**
   * Writes the views waiting, in one statement per day (at most BATCH_MAX each), after BATCH_LINGER_MS: under
   * load a statement counts many views, and a view alone waits 5 ms, which no reader sees. A visitor's second
   * view of a page in the same batch is a revisit without asking the store.
   */
  private async write(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      // A few milliseconds for the requests already read to reach this queue: on the embedded store a statement
      // blocks the event loop while it runs, so without the wait each began with one or two views: 535 views/s
      // on PGlite with the database most of the server's CPU profile, 1395/s with it.
      await new Promise((resolve) => setTimeout(resolve, BATCH_LINGER_MS));
      const day = this.waiting[0]!.day;
      const batch: Waiting[] = [];
      const rest: Waiting[] = [];
      for (const item of this.waiting.splice(0))
        (item.day === day && batch.length < BATCH_MAX ? batch : rest).push(item);
      this.waiting.push(...rest);
      const first = new Map<string, Waiting>();
      for (const item of batch) {
        const key = `${item.view.visitor} ${item.view.path}`;
        if (first.has(key)) item.resolve("revisit");
        else first.set(key, item);
      }
      const items = [...first.values()];
      const rows = this.options.visitorRows ?? VISITOR_ROWS_PER_DAY;
      const counted = countViews(this.db, { day, at: items[0]!.at, views: items.map((i) => i.view) }, rows);
      await counted.then(
        (outcomes) => items.forEach((item, i) => item.resolve(outcomes[i]!)),
        (error: unknown) => items.forEach((item) => item.reject(error)),
      );
    }
    this.writing = false;
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
