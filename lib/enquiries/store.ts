import { randomUUID } from "node:crypto";
import type { Database, Queryable } from "../db/database";
import type { DeliveryOutcome, StoredEnquiry } from "./types";

/** Every SQL statement about enquiries lives here; the same text runs on PGlite and PostgreSQL. */

export type EnquiryStatus = "stored" | "pending" | "delivered" | "dead" | "spam";

type EnquiryRow = {
  id: string;
  created_at: Date | string;
  name: string;
  email: string;
  company: string;
  role: string;
  interest: StoredEnquiry["interest"];
  message: string;
  consent_text: string;
  consent_version: string;
  source_slug: string | null;
  page_uri: string;
  page_name: string;
  hutk: string | null;
};

const iso = (value: Date | string | null | undefined) => (value == null ? null : new Date(value).toISOString());

function toEnquiry(row: EnquiryRow): StoredEnquiry {
  return {
    id: row.id,
    createdAt: iso(row.created_at)!,
    name: row.name,
    email: row.email,
    company: row.company,
    role: row.role,
    interest: row.interest,
    message: row.message,
    consentText: row.consent_text,
    consentVersion: row.consent_version,
    sourceSlug: row.source_slug,
    pageUri: row.page_uri,
    pageName: row.page_name,
    hutk: row.hutk,
  };
}

export type NewEnquiry = Omit<StoredEnquiry, "id" | "createdAt">;

/**
 * The enquiry and one delivery row per destination, in one statement — so in
 * one transaction (transactional outbox): either the CRM will be told, or
 * nothing was accepted. One round trip instead of BEGIN/INSERT/INSERT/COMMIT.
 */
export async function insertEnquiry(
  db: Queryable,
  enquiry: NewEnquiry,
  options: { destinations: readonly string[]; spamReason?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `WITH enquiry AS (
       INSERT INTO enquiries (id, name, email, company, role, interest, message, consent_text, consent_version,
         source_slug, page_uri, page_name, hutk, is_spam, spam_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       RETURNING id)
     INSERT INTO deliveries (enquiry_id, destination)
     SELECT enquiry.id, destination FROM enquiry, unnest($16::text[]) AS destination`,
    [
      id,
      enquiry.name,
      enquiry.email,
      enquiry.company,
      enquiry.role,
      enquiry.interest,
      enquiry.message,
      enquiry.consentText,
      enquiry.consentVersion,
      enquiry.sourceSlug,
      enquiry.pageUri,
      enquiry.pageName,
      enquiry.hutk,
      Boolean(options.spamReason),
      options.spamReason ?? null,
      // Spam is kept for review, never delivered: it gets no delivery rows.
      options.spamReason ? [] : [...options.destinations],
    ],
  );
  return id;
}

/**
 * The database's clock, so every server compares due times against the same
 * one; kept as text because a JS Date would drop the microseconds.
 */
export async function databaseNow(db: Queryable): Promise<string> {
  const [row] = await db.query<{ now: string }>("SELECT clock_timestamp()::text AS now");
  return row!.now;
}

export type ClaimedDelivery = { deliveryId: number; destination: string; attempt: number; enquiry: StoredEnquiry };

/**
 * Claim due deliveries for this worker. SKIP LOCKED lets several dispatchers
 * share one PostgreSQL without taking the same row; the lease makes a row
 * claimable again if its worker dies mid-delivery, so nothing is stranded.
 */
export async function claimDueDeliveries(
  db: Queryable,
  options: { destinations: readonly string[]; limit: number; leaseMs: number; enquiryId?: string; dueBy?: string },
): Promise<ClaimedDelivery[]> {
  if (options.destinations.length === 0) return [];
  const claimed = await db.query<{ id: string | number; enquiry_id: string; destination: string; attempts: number }>(
    `UPDATE deliveries AS d
        SET leased_until = now() + $2::integer * interval '1 millisecond', attempts = d.attempts + 1
       FROM (SELECT id FROM deliveries
              WHERE status = 'pending' AND next_attempt_at <= coalesce($5::timestamptz, now())
                AND (leased_until IS NULL OR leased_until <= now())
                AND destination = ANY($3::text[])
                AND ($4::uuid IS NULL OR enquiry_id = $4::uuid)
              ORDER BY next_attempt_at, id
              LIMIT $1
              FOR UPDATE SKIP LOCKED) AS due
      WHERE d.id = due.id
  RETURNING d.id, d.enquiry_id, d.destination, d.attempts`,
    [options.limit, options.leaseMs, options.destinations, options.enquiryId ?? null, options.dueBy ?? null],
  );
  if (claimed.length === 0) return [];
  const rows = await db.query<EnquiryRow>("SELECT * FROM enquiries WHERE id = ANY($1::uuid[])", [
    [...new Set(claimed.map((c) => c.enquiry_id))],
  ]);
  const byId = new Map(rows.map((r) => [r.id, toEnquiry(r)]));
  return claimed.map((c) => ({
    deliveryId: Number(c.id),
    destination: c.destination,
    attempt: Number(c.attempts),
    enquiry: byId.get(c.enquiry_id)!,
  }));
}

/** The outcome and its history row, in one statement (one round trip, one transaction). */
export async function recordOutcome(
  db: Queryable,
  delivery: ClaimedDelivery,
  outcome: DeliveryOutcome,
  { durationMs, retryDelayMs }: { durationMs: number; retryDelayMs: number },
): Promise<void> {
  const status = outcome.kind === "delivered" ? "delivered" : outcome.kind === "dead" ? "dead" : "pending";
  const error = outcome.kind === "delivered" ? null : outcome.error;
  await db.query(
    `WITH updated AS (
       UPDATE deliveries
          SET status = $2,
              leased_until = NULL,
              last_error = $3,
              delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END,
              next_attempt_at = CASE WHEN $2 = 'pending' THEN now() + $4::integer * interval '1 millisecond' ELSE next_attempt_at END
        WHERE id = $1
        RETURNING id)
     INSERT INTO delivery_attempts (delivery_id, outcome, http_status, error, duration_ms)
     SELECT id, $5, $6, $3, $7 FROM updated`,
    [
      delivery.deliveryId,
      status,
      error,
      Math.round(retryDelayMs),
      outcome.kind,
      "status" in outcome ? (outcome.status ?? null) : null,
      Math.round(durationMs),
    ],
  );
}

const STATUS_SQL = `CASE WHEN e.is_spam THEN 'spam'
  WHEN count(d.id) = 0 THEN 'stored'
  WHEN bool_or(d.status = 'dead') THEN 'dead'
  WHEN bool_or(d.status = 'pending') THEN 'pending'
  ELSE 'delivered' END`;

export type EnquirySummary = { id: string; createdAt: string; name: string; email: string; company: string; interest: string; status: EnquiryStatus };

export async function listEnquiries(db: Queryable, options: { status?: EnquiryStatus; limit?: number } = {}): Promise<EnquirySummary[]> {
  const rows = await db.query<{ id: string; created_at: Date; name: string; email: string; company: string; interest: string; status: EnquiryStatus }>(
    `SELECT * FROM (
       SELECT e.id, e.created_at, e.name, e.email, e.company, e.interest, ${STATUS_SQL} AS status
         FROM enquiries e LEFT JOIN deliveries d ON d.enquiry_id = e.id
        GROUP BY e.id) AS s
      WHERE ($1::text IS NULL OR s.status = $1::text)
      ORDER BY s.created_at DESC, s.id
      LIMIT $2`,
    [options.status ?? null, options.limit ?? 100_000],
  );
  return rows.map((r) => ({ ...r, createdAt: iso(r.created_at)! }));
}

export type DeliveryDetail = {
  destination: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  history: { at: string; outcome: string; httpStatus: number | null; error: string | null; durationMs: number }[];
};

export async function getEnquiry(
  db: Queryable,
  id: string,
): Promise<(StoredEnquiry & { status: EnquiryStatus; spamReason: string | null; deliveries: DeliveryDetail[] }) | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<EnquiryRow & { spam_reason: string | null; status: EnquiryStatus }>(
    `SELECT e.*, ${STATUS_SQL} AS status FROM enquiries e LEFT JOIN deliveries d ON d.enquiry_id = e.id WHERE e.id = $1 GROUP BY e.id`,
    [id],
  );
  if (!row) return undefined;
  const deliveries = await db.query<{ id: number; destination: string; status: string; attempts: number; next_attempt_at: Date; last_error: string | null; delivered_at: Date | null }>(
    "SELECT * FROM deliveries WHERE enquiry_id = $1 ORDER BY destination",
    [id],
  );
  const attempts = await db.query<{ delivery_id: number; attempted_at: Date; outcome: string; http_status: number | null; error: string | null; duration_ms: number }>(
    `SELECT a.* FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.enquiry_id = $1 ORDER BY a.id`,
    [id],
  );
  return {
    ...toEnquiry(row),
    status: row.status,
    spamReason: row.spam_reason,
    deliveries: deliveries.map((d) => ({
      destination: d.destination,
      status: d.status,
      attempts: Number(d.attempts),
      nextAttemptAt: d.status === "pending" ? iso(d.next_attempt_at) : null,
      lastError: d.last_error,
      deliveredAt: iso(d.delivered_at),
      history: attempts
        .filter((a) => Number(a.delivery_id) === Number(d.id))
        .map((a) => ({ at: iso(a.attempted_at)!, outcome: a.outcome, httpStatus: a.http_status, error: a.error, durationMs: a.duration_ms })),
    })),
  };
}

/** Put dead deliveries (of one enquiry, or all) back in the queue, due now. Returns how many. */
export async function requeueDead(db: Queryable, enquiryId?: string): Promise<number> {
  const rows = await db.query(
    `UPDATE deliveries SET status = 'pending', next_attempt_at = now(), leased_until = NULL
      WHERE status = 'dead' AND ($1::uuid IS NULL OR enquiry_id = $1::uuid) RETURNING id`,
    [enquiryId ?? null],
  );
  return rows.length;
}

export async function deliveryCounts(db: Queryable): Promise<{ pending: number; dead: number; delivered: number }> {
  const rows = await db.query<{ status: string; n: string | number }>("SELECT status, count(*) AS n FROM deliveries GROUP BY status");
  const counts = { pending: 0, dead: 0, delivered: 0 };
  for (const r of rows) counts[r.status as keyof typeof counts] = Number(r.n);
  return counts;
}

/** Short-lived form state for the no-JavaScript error path (303 back to the form with input kept). */
export async function saveFlash(db: Queryable, payload: unknown, ttlMs = 15 * 60 * 1000): Promise<string> {
  const id = randomUUID();
  await db.query("DELETE FROM form_flash WHERE expires_at < now()");
  await db.query("INSERT INTO form_flash (id, payload, expires_at) VALUES ($1, $2, now() + $3::integer * interval '1 millisecond')", [
    id,
    JSON.stringify(payload),
    ttlMs,
  ]);
  return id;
}

export async function takeFlash<T>(db: Queryable, id: string): Promise<T | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<{ payload: string }>("DELETE FROM form_flash WHERE id = $1 AND expires_at >= now() RETURNING payload", [id]);
  return row ? (JSON.parse(row.payload) as T) : undefined;
}

/** A setting created once and shared by every server on the same database (first writer wins). */
export async function settingOrCreate(db: Queryable, key: string, create: () => string): Promise<string> {
  await db.query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [key, create()]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = $1", [key]);
  return row!.value;
}
