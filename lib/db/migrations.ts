import type { Database } from "./database";

/**
 * Ordered, append-only. Each runs once, inside a transaction, recorded in
 * schema_migrations; on PostgreSQL an advisory lock stops two starting servers
 * from migrating at the same time. Same SQL on PGlite and PostgreSQL.
 */
export const MIGRATIONS: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: "enquiries and their deliveries",
    sql: `
      CREATE TABLE enquiries (
        id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        name text NOT NULL,
        email text NOT NULL,
        company text NOT NULL,
        role text NOT NULL,
        interest text NOT NULL,
        message text NOT NULL DEFAULT '',
        consent_text text NOT NULL,
        consent_version text NOT NULL,
        source_slug text,
        page_uri text NOT NULL,
        page_name text NOT NULL,
        hutk text,
        is_spam boolean NOT NULL DEFAULT false,
        spam_reason text
      );
      CREATE INDEX enquiries_created_at ON enquiries (created_at DESC);

      CREATE TABLE deliveries (
        id bigserial PRIMARY KEY,
        enquiry_id uuid NOT NULL REFERENCES enquiries (id),
        destination text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_error text,
        delivered_at timestamptz,
        UNIQUE (enquiry_id, destination)
      );
      CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';

      CREATE TABLE delivery_attempts (
        id bigserial PRIMARY KEY,
        delivery_id bigint NOT NULL REFERENCES deliveries (id),
        attempted_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL,
        http_status integer,
        error text,
        duration_ms integer NOT NULL
      );

      CREATE TABLE form_flash (
        id uuid PRIMARY KEY,
        payload text NOT NULL,
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: "email subscriptions ride the same outbox",
    sql: `
      ALTER TABLE enquiries ADD COLUMN kind text NOT NULL DEFAULT 'enquiry'
        CHECK (kind IN ('enquiry', 'subscription'));
    `,
  },
  {
    id: 3,
    name: "refused form posts keep their state in the sender's cookies, not here",
    sql: `DROP TABLE form_flash;`,
  },
  {
    id: 4,
    name: "one enquiry per form token, and per client Idempotency-Key",
    sql: `
      ALTER TABLE enquiries ADD COLUMN idempotency_key text;
      ALTER TABLE enquiries ADD COLUMN client_key text;
      CREATE UNIQUE INDEX enquiries_idempotency_key ON enquiries (idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE UNIQUE INDEX enquiries_client_key ON enquiries (client_key) WHERE client_key IS NOT NULL;
    `,
  },
  {
    id: 5,
    name: "the rate limit shared by every server on one PostgreSQL",
    sql: `
      CREATE TABLE rate_limit_hits (key text NOT NULL, at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX rate_limit_hits_key_at ON rate_limit_hits (key, at);
    `,
  },
  {
    id: 6,
    // Additive: an older release ignores the column; it sees a held delivery as pending and sends it when due.
    name: "a delivery held while the CRM refuses our setup, with the reason",
    sql: `ALTER TABLE deliveries ADD COLUMN held_reason text;`,
  },
  {
    id: 7,
    // New tables only: an older release never reads them. features/readership/model.ts says what each row holds.
    name: "readership figures: daily salts, today's visitors, and views per day, path and source",
    sql: `
      CREATE TABLE readership_salts (day date PRIMARY KEY, salt text NOT NULL);
      CREATE TABLE readership_days (
        day date PRIMARY KEY,
        visitors_kept integer NOT NULL DEFAULT 0,
        sources_kept integer NOT NULL DEFAULT 0,
        refused integer NOT NULL DEFAULT 0
      );
      CREATE TABLE readership_visits (
        visitor text NOT NULL,
        path text NOT NULL,
        day date NOT NULL,
        counted_at timestamptz NOT NULL,
        PRIMARY KEY (visitor, path)
      );
      CREATE INDEX readership_visits_day ON readership_visits (day);
      CREATE TABLE readership_sources (day date NOT NULL, source text NOT NULL, PRIMARY KEY (day, source));
      CREATE TABLE readership_daily (
        day date NOT NULL,
        path text NOT NULL,
        source text NOT NULL,
        views integer NOT NULL DEFAULT 0,
        visitors integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, path, source)
      );
      CREATE INDEX enquiries_source_slug ON enquiries (source_slug, created_at) WHERE source_slug IS NOT NULL;
    `,
  },
  {
    id: 8,
    // An older release still reads and writes "enquiries" with its old column names: the view maps them onto the
    // renamed table, and PostgreSQL (PGlite too) updates a simple view's table through it, defaults and unique
    // indexes included (tests/integration/rollback-schema.test.ts runs the previous release's SQL against it).
    name: "a stored thing is a submission: the table, and keys named for what they hold",
    sql: `
      ALTER TABLE enquiries RENAME TO submissions;
      ALTER TABLE submissions RENAME COLUMN idempotency_key TO form_token;
      ALTER TABLE submissions RENAME COLUMN client_key TO idempotency_key;
      ALTER INDEX enquiries_idempotency_key RENAME TO submissions_form_token;
      ALTER INDEX enquiries_client_key RENAME TO submissions_idempotency_key;
      CREATE VIEW enquiries AS
        SELECT id, created_at, name, email, company, role, interest, message, consent_text, consent_version,
               source_slug, page_uri, page_name, hutk, is_spam, spam_reason, kind,
               form_token AS idempotency_key, idempotency_key AS client_key
          FROM submissions;
    `,
  },
];

const MIGRATION_LOCK = 4_242_001;

export async function migrate(db: Database): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    if (db.driver === "postgres") await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    const done = new Set((await tx.query<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.sql
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [migration.id, migration.name]);
      applied.push(migration.id);
    }
    return applied;
  });
}

export async function pendingMigrations(db: Database): Promise<number[]> {
  const rows = await db.query<{ id: number }>("SELECT id FROM schema_migrations").catch(() => [] as { id: number }[]);
  const done = new Set(rows.map((r) => Number(r.id)));
  return MIGRATIONS.filter((m) => !done.has(m.id)).map((m) => m.id);
}
