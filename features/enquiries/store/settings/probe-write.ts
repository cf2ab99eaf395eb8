import type { Queryable } from "@/lib/db/database";

/** A real write, as an enquiry's would be: the only proof that the store can take one (a full disk cannot). */
export async function probeWrite(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO settings (key, value) VALUES ('health-probe', now()::text)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}
