import { z } from "zod";
import { parseSettings } from "@/lib/settings";

/** The readership figures' settings, validated once with the variable named on error. */
export const readershipEnvSchema = z.object({
  // Days of figures kept (per day × page × source); older days are deleted.
  ANALYTICS_RETENTION_DAYS: z.coerce.number().int().positive("must be 1 or more").default(400),
  // The password of /stats (any user name); the page is off while it is unset.
  STATS_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
});

export type ReadershipConfig = z.output<typeof readershipEnvSchema>;

export function parseReadershipConfig(source: Record<string, string | undefined>): ReadershipConfig {
  return parseSettings(readershipEnvSchema, source, "readership configuration");
}

let cached: ReadershipConfig | undefined;
export function readershipConfig(): ReadershipConfig {
  cached ??= parseReadershipConfig(process.env);
  return cached;
}
