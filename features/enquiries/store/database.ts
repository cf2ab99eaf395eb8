/**
 * The store's handle, as intake and delivery hold it: they pass it to the store's operations and never query it
 * themselves (eslint.config.mjs keeps lib/db out of both).
 */
export type { Database, Queryable } from "@/lib/db/database";
