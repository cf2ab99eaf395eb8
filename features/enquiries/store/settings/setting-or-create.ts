import type { Queryable } from "@/lib/db/database";

/** A setting created once and shared by every server on the same database (first writer wins). */
export async function settingOrCreate(db: Queryable, key: string, create: () => string): Promise<string> {
  await db.query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [key, create()]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = $1", [key]);
  return row!.value;
}
