/**
 * Readership figures: how many people read each page, where they came from, and which posts bring submissions.
 *
 * Glossary
 * - view: one reader's load of a counted page, reported by /enhance/count.js (docs/decisions/0006).
 * - counted page: a published page of the site (features/site/site-pages.ts) or the Scaffold form; any other
 *   path is dropped, so the figures hold at most one row per page, source and day.
 * - day: a calendar day in SITE_TIMEZONE. Figures are kept per day; salts and visitors only for today.
 * - salt: 32 random bytes made for one day, kept in the database so every server hashes alike, deleted when
 *   its day ends. Without it, a visitor's hash cannot be recomputed from an address.
 * - visitor: SHA-256 of today's salt, the client's address and its user agent, cut to 22 characters. Stored
 *   only in readership_visits, beside the page and the time it was last counted, and deleted with the salt.
 * - revisit: a view of the same page by the same visitor within REVISIT_MINUTES of the last counted one; not
 *   counted, so reloads and forged repeats do not inflate the figures.
 * - source: where a view came from: the newsletter's utm_source, else the referring site's host, else
 *   "direct". A day admits SOURCE_SLOTS_PER_DAY sources; later ones count as "other", and once the day has
 *   ended only its TOP_SOURCES_KEPT sources by views are kept, the rest folded into "other".
 * - refused: a view not counted because the day's ceiling was reached (shown in the report).
 */

/** A second view of a page by one visitor is counted once this long has passed since the last counted one. */
export const REVISIT_MINUTES = 30;

/** Distinct sources a day admits while it runs: a flood of forged referrers ends in "other". */
export const SOURCE_SLOTS_PER_DAY = 50;

/** Sources a finished day keeps, by views; the rest are folded into "other". */
export const TOP_SOURCES_KEPT = 20;

/** Visitors one day may hold (one row per visitor and page): past it, new visitors are refused, not stored. */
export const VISITOR_ROWS_PER_DAY = 50_000;

/** Beacons one address may send per minute to one server; more are answered 429 and never reach the figures. */
export const BEACONS_PER_MINUTE = 30;

export const DIRECT = "direct";
export const OTHER = "other";

/** A view as the collector records it. */
export type View = { day: string; path: string; source: string; visitor: string; at: Date };

/** What the store made of a view. */
export type ViewOutcome = "counted" | "revisit" | "refused";

/**
 * Rows per day the figures can reach, whatever is sent: per counted page, every admitted source plus
 * "direct" and "other"; and today's visitor rows, deleted when the day ends.
 */
export function dailyCeiling(countedPages: number) {
  return { figureRows: countedPages * (SOURCE_SLOTS_PER_DAY + 2), visitorRows: VISITOR_ROWS_PER_DAY };
}
