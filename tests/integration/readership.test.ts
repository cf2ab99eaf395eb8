import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Collector, type Beacon } from "@/features/readership/collector";
import {
  BEACONS_PER_MINUTE,
  DIRECT,
  OTHER,
  SOURCE_SLOTS_PER_DAY,
  TOP_SOURCES_KEPT,
  dailyCeiling,
} from "@/features/readership/model";
import { buildReport } from "@/features/readership/report";
import type { Database } from "@/lib/db/database";
import { insertSubmission, newEnquiry, newSubscription } from "../helpers/enquiries";
import { testStores } from "../helpers/stores";

const PATHS = new Set(["/", "/log/first-post", "/log/second-post", "/scaffold"]);
const TABLES = ["readership_salts", "readership_days", "readership_visits", "readership_sources", "readership_daily"];

/** A reader: one address and browser, reading `path`, arriving from `source`. */
const beacon = (path: string, who = 1, source = DIRECT): Beacon => ({
  path,
  source,
  address: `198.51.100.${who}`,
  userAgent: `Mozilla/5.0 (X11; Linux x86_64) Firefox/153.0 reader-${who}`,
});

for (const store of testStores()) {
  describe.skipIf(Boolean(store.skip))(`readership figures on ${store.name}`, () => {
    let db: Database;
    let clock: Date;
    const collector = (visitorRows?: number) =>
      new Collector(db, {
        timeZone: "UTC",
        retentionDays: 400,
        countedPaths: () => PATHS,
        now: () => clock,
        ...(visitorRows ? { visitorRows } : {}),
      });
    const at = (iso: string) => (clock = new Date(iso));
    const minutesLater = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
    const rows = async (table: string) => db.query<Record<string, unknown>>(`SELECT *, day::text AS day FROM ${table}`);
    const report = (from: string) => buildReport(db, { from, now: clock, timeZone: "UTC", titles: new Map() });

    beforeAll(async () => {
      db = await store.open();
    });
    beforeEach(async () => {
      for (const table of [...TABLES, "deliveries", "submissions"]) await db.query(`DELETE FROM ${table}`);
      at("2026-11-10T09:00:00Z");
    });
    afterAll(async () => {
      await db?.close();
      store.cleanUp();
    });

    it("counts one view per visitor, page and 30 minutes; another page or visitor is its own view", async () => {
      const figures = collector();
      expect(await figures.collect(beacon("/log/first-post"))).toBe("counted");
      minutesLater(1);
      expect(await figures.collect(beacon("/log/first-post"))).toBe("revisit"); // a reload
      minutesLater(28);
      expect(await figures.collect(beacon("/log/first-post"))).toBe("revisit");
      expect(await figures.collect(beacon("/log/second-post"))).toBe("counted");
      expect(await figures.collect(beacon("/log/first-post", 2))).toBe("counted");
      minutesLater(1); // 30 minutes after the first counted view
      expect(await figures.collect(beacon("/log/first-post"))).toBe("counted");
      const { pages } = await report("2026-11-10");
      expect(pages.find((p) => p.path === "/log/first-post")).toMatchObject({ views: 3, visitors: 2 });
      expect(pages.find((p) => p.path === "/log/second-post")).toMatchObject({ views: 1, visitors: 1 });
    });

    it("counts only known pages: any other path stores nothing", async () => {
      const figures = collector();
      for (const path of ["/wp-login.php", "/log/not-a-post", "/review/abc/draft", "/stats"]) {
        expect(await figures.collect(beacon(path))).toBe("unknown-path");
      }
      expect(await rows("readership_daily")).toEqual([]);
      expect(await rows("readership_visits")).toEqual([]);
    });

    it("keeps views per source, and a day admits a bounded number of sources: later ones are 'other'", async () => {
      const figures = collector();
      await figures.collect(beacon("/", 1, "news.ycombinator.com"));
      await figures.collect(beacon("/", 2, "news.ycombinator.com"));
      await figures.collect(beacon("/", 3, "newsletter"));
      for (let i = 0; i < SOURCE_SLOTS_PER_DAY + 5; i++)
        await figures.collect(beacon("/", 10 + i, `spam-${i}.example`));
      const { sources } = await report("2026-11-10");
      expect(sources.find((s) => s.source === "news.ycombinator.com")?.views).toBe(2);
      expect(sources.find((s) => s.source === "newsletter")?.views).toBe(1);
      expect(sources.filter((s) => s.source !== OTHER && s.source !== DIRECT)).toHaveLength(SOURCE_SLOTS_PER_DAY);
      expect(sources.find((s) => s.source === OTHER)?.views).toBe(7);
    });

    it("rolls over at midnight: no salt, visitor or source of the day before remains, its sources folded", async () => {
      at("2026-11-10T23:50:00Z");
      const figures = collector();
      await figures.collect(beacon("/", 1, "big.example"));
      await figures.collect(beacon("/", 2, "big.example"));
      for (let i = 0; i < TOP_SOURCES_KEPT + 3; i++) await figures.collect(beacon("/", 10 + i, `small-${i}.example`));
      const before = await report("2026-11-10");
      expect((await rows("readership_salts")).map((r) => r.day)).toEqual(["2026-11-10"]);

      minutesLater(15); // 00:05 the next day: the same reader is a new visitor under a new salt
      expect(await figures.collect(beacon("/", 1))).toBe("counted");
      for (const table of ["readership_salts", "readership_visits", "readership_sources"]) {
        expect(
          (await rows(table)).map((r) => r.day),
          table,
        ).toEqual(table === "readership_sources" ? [] : ["2026-11-11"]);
      }
      const after = await report("2026-11-10");
      expect(after.totals.views).toBe(before.totals.views + 1);
      const ended = (await rows("readership_daily")).filter((r) => r.day === "2026-11-10").map((r) => r.source);
      expect(ended).toContain("big.example");
      expect(ended.filter((s) => s !== OTHER && s !== DIRECT)).toHaveLength(TOP_SOURCES_KEPT);
    });

    it("deletes figures older than ANALYTICS_RETENTION_DAYS and keeps the rest", async () => {
      const figures = collector();
      at("2025-10-05T12:00:00Z"); // 401 days before 2026-11-10
      await figures.collect(beacon("/"));
      at("2025-10-07T12:00:00Z"); // 399 days before
      await figures.collect(beacon("/"));
      at("2026-11-10T12:00:00Z");
      await figures.endPastDays();
      expect((await rows("readership_daily")).map((r) => r.day)).toEqual(["2025-10-07"]);
    });

    it("refuses new visitors past the day's ceiling, stores none of them, and says how many", async () => {
      const figures = collector(5);
      for (let who = 1; who <= 8; who++) await figures.collect(beacon("/", who));
      expect(await figures.collect(beacon("/", 1))).toBe("revisit");
      expect(await rows("readership_visits")).toHaveLength(5);
      const { totals } = await report("2026-11-10");
      expect(totals).toMatchObject({ views: 5, visitors: 5, refused: 3 });
    });

    it("a flood of forged beacons stays within the stated ceiling", async () => {
      const figures = collector(200);
      const paths = [...PATHS, "/x", "/log/forged"];
      let read = 0;
      for (let i = 0; i < 1_500; i++) {
        const forged = {
          path: paths[i % paths.length]!,
          source: `forged-${i % 97}.example`,
          address: `203.0.113.${i % 40}`,
          userAgent: `Mozilla/5.0 forged-${i}`,
        };
        if (figures.takeBeacon(forged.address) > 0) continue;
        read += 1;
        await figures.collect(forged);
      }
      expect(read).toBe(40 * BEACONS_PER_MINUTE); // the rest were answered 429 and never read
      const ceiling = dailyCeiling(PATHS.size);
      expect((await rows("readership_daily")).length).toBeLessThanOrEqual(ceiling.figureRows);
      expect(await rows("readership_visits")).toHaveLength(200);
      const { totals } = await report("2026-11-10");
      expect(totals.views).toBe(200);
      expect(totals.refused).toBeGreaterThan(0);
    });

    it("counts the enquiries and subscriptions sent from each post against it", async () => {
      const figures = collector();
      for (let who = 1; who <= 4; who++) await figures.collect(beacon("/log/first-post", who));
      await insertSubmission(db, { ...newEnquiry(1), sourceSlug: "first-post" }, { destinations: [] });
      await insertSubmission(db, { ...newSubscription(2), sourceSlug: "first-post" }, { destinations: [] });
      await insertSubmission(db, { ...newEnquiry(3), sourceSlug: "second-post" }, { destinations: [] });
      await insertSubmission(db, newEnquiry(4), { destinations: [] }); // sent from the form itself: no post
      await insertSubmission(db, { ...newEnquiry(5), sourceSlug: "first-post" }, { destinations: [], spamReason: "x" });
      const { pages, totals } = await report("2026-11-01");
      expect(pages.find((p) => p.path === "/log/first-post")).toMatchObject({
        views: 4,
        enquiries: 1,
        subscriptions: 1,
        enquiriesPerThousandViews: 250,
      });
      expect(pages.find((p) => p.path === "/log/second-post")).toMatchObject({ views: 0, enquiries: 1 });
      expect(totals).toMatchObject({ views: 4, enquiries: 2, subscriptions: 1 });
    });

    // PGlite admits one process; several servers share only PostgreSQL.
    if (store.name === "postgres")
      it("several servers on one PostgreSQL count each view once", async () => {
        const other = await store.open();
        try {
          const servers = [
            collector(),
            new Collector(other, { timeZone: "UTC", retentionDays: 400, countedPaths: () => PATHS, now: () => clock }),
          ];
          // The same reader's beacon reaching two servers at once, twenty times over for twenty readers.
          await Promise.all(
            Array.from({ length: 20 }, (_, who) =>
              servers.map((server) => server.collect(beacon("/", who + 1))),
            ).flat(),
          );
          expect(await rows("readership_salts")).toHaveLength(1);
          expect((await report("2026-11-10")).totals).toMatchObject({ views: 20, visitors: 20 });
        } finally {
          await other.close();
        }
      });
  });
}
