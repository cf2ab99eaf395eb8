import { randomUUID } from "node:crypto";
import type { Queryable } from "@/lib/db/database";
import type { FormState } from "./form-state";

/**
 * Short-lived form state for the no-JavaScript error path: the API stores what the person typed and the
 * messages, answers 303 to /scaffold?form=<id>, and the page takes it back once.
 */
const FLASH_TTL_MS = 15 * 60 * 1000;

export async function saveFlash(db: Queryable, state: FormState): Promise<string> {
  const id = randomUUID();
  await db.query("DELETE FROM form_flash WHERE expires_at < now()");
  await db.query(
    "INSERT INTO form_flash (id, payload, expires_at) VALUES ($1, $2, now() + $3::integer * interval '1 millisecond')",
    [id, JSON.stringify(state), FLASH_TTL_MS],
  );
  return id;
}

export async function takeFlash(db: Queryable, id: string): Promise<FormState | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<{ payload: string }>(
    "DELETE FROM form_flash WHERE id = $1 AND expires_at >= now() RETURNING payload",
    [id],
  );
  return row ? (JSON.parse(row.payload) as FormState) : undefined;
}
