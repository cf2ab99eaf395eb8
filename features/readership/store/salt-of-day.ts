import { randomBytes } from "node:crypto";
import type { Queryable } from "@/lib/db/database";

/**
 * The day's salt, made by whichever server asks first, with the day's row of counters. ON CONFLICT keeps the
 * first salt made; a server that lost that race reads the winner's on its second look (the statement's own
 * snapshot may predate the other's commit).
 */
export async function saltOfDay(db: Queryable, day: string): Promise<string> {
  for (let look = 0; look < 2; look++) {
    const [row] = await db.query<{ salt: string }>(
      `WITH made AS (
         INSERT INTO readership_salts (day, salt) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING RETURNING salt
       ), counters AS (
         INSERT INTO readership_days (day) VALUES ($1::date) ON CONFLICT (day) DO NOTHING
       )
       SELECT salt FROM made UNION ALL SELECT salt FROM readership_salts WHERE day = $1::date LIMIT 1`,
      [day, randomBytes(32).toString("base64url")],
    );
    if (row) return row.salt;
  }
  throw new Error(`readership: no salt could be made or read for ${day}`);
}
