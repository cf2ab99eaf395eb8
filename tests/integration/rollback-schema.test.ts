// The README promises a rollback to the previous release. Migration 8 renamed the table and its key columns;
// the previous release (before it) still speaks of "enquiries", idempotency_key (its form token) and client_key
// (its Idempotency-Key). Its statements, as it runs them, against the migrated schema:
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findFirstSubmission } from "@/features/enquiries/store/outbox/find-first-submission";
import { storeSubmission } from "@/features/enquiries/store/outbox/store-submission";
import type { Database } from "@/lib/db/database";
import { newEnquiry } from "../helpers/enquiries";
import { testStores } from "../helpers/stores";

/** The previous release's insert (outbox/insert-enquiry.ts before migration 8), parameters in its order. */
const PREVIOUS_INSERT = `WITH enquiry AS (
   INSERT INTO enquiries (id, name, email, company, role, interest, message, consent_text, consent_version,
     source_slug, page_uri, page_name, hutk, is_spam, spam_reason, kind, idempotency_key, client_key)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $17, $18, $19)
   ON CONFLICT DO NOTHING
   RETURNING id),
 delivery AS (
   INSERT INTO deliveries (enquiry_id, destination)
   SELECT enquiry.id, destination FROM enquiry, unnest($16::text[]) AS destination)
 SELECT id FROM enquiry`;
const PREVIOUS_FIND = `SELECT id FROM enquiries WHERE idempotency_key = $1
 UNION ALL SELECT id FROM enquiries WHERE client_key = $2 LIMIT 1`;

function previousInsert(db: Database, i: number, formKey: string | null, clientKey: string | null) {
  const e = newEnquiry(i);
  return db.query<{ id: string }>(PREVIOUS_INSERT, [
    randomUUID(),
    e.name,
    e.email,
    e.company,
    e.role,
    e.interest,
    e.message,
    e.consentText,
    e.consentVersion,
    e.sourceSlug,
    e.pageUri,
    e.pageName,
    e.hutk,
    false,
    null,
    ["webhook"],
    e.kind,
    formKey,
    clientKey,
  ]);
}

for (const store of testStores()) {
  describe.skipIf(Boolean(store.skip))(`the previous release on the renamed schema (${store.name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await store.open();
    });
    beforeEach(async () => {
      await db.query("DELETE FROM deliveries");
      await db.query("DELETE FROM submissions");
    });
    afterAll(async () => {
      await db?.close();
      store.cleanUp();
    });

    it("stores through the old names: each key lands in the column that now says what it holds", async () => {
      const [stored] = await previousInsert(db, 1, "enquiry:nonce-1", "client-key-1");
      const [row] = await db.query<Record<string, unknown>>(
        "SELECT form_token, idempotency_key, created_at, message FROM submissions WHERE id = $1",
        [stored!.id],
      );
      expect(row).toMatchObject({ form_token: "enquiry:nonce-1", idempotency_key: "client-key-1" });
      expect(row!.created_at).toBeTruthy(); // the table's default, through the view
      const [delivery] = await db.query("SELECT destination, status FROM deliveries WHERE enquiry_id = $1", [
        stored!.id,
      ]);
      expect(delivery).toMatchObject({ destination: "webhook", status: "pending" });
    });

    it("recognises a resend either way round: old insert after new, new after old, and the old look-up", async () => {
      const [old] = await previousInsert(db, 2, "enquiry:nonce-2", null);
      expect(await previousInsert(db, 2, "enquiry:nonce-2", null)).toEqual([]); // the unique index, through the view
      const resent = await storeSubmission(db, newEnquiry(2), {
        destinations: ["webhook"],
        keys: { formToken: "enquiry:nonce-2" },
      });
      expect(resent).toEqual({ id: old!.id, created: false });
      const fresh = await storeSubmission(db, newEnquiry(3), {
        destinations: ["webhook"],
        keys: { idempotencyKey: "client-key-3" },
      });
      expect(await previousInsert(db, 3, null, "client-key-3")).toEqual([]);
      expect((await db.query(PREVIOUS_FIND, [null, "client-key-3"]))[0]).toEqual({ id: fresh.id });
      expect(await findFirstSubmission(db, { formToken: "enquiry:nonce-2" })).toBe(old!.id);
    });

    it("reads, claims and deletes through the old name", async () => {
      const [stored] = await previousInsert(db, 4, null, null);
      const rows = await db.query<{ id: string; email: string }>("SELECT * FROM enquiries WHERE id = ANY($1::uuid[])", [
        [stored!.id],
      ]);
      expect(rows[0]).toMatchObject({ id: stored!.id, email: newEnquiry(4).email });
      await db.query("DELETE FROM deliveries WHERE enquiry_id = $1", [stored!.id]);
      await db.query("DELETE FROM enquiries e WHERE e.id = $1", [stored!.id]);
      expect(await db.query("SELECT id FROM submissions")).toEqual([]);
    });
  });
}
