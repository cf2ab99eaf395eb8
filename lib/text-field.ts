import { z } from "zod";

/** Trimmed, non-empty text of at most `max` characters, with messages that name the field. */
export const nonEmpty = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is longer than ${max} characters`);
