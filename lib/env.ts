import { z } from "zod";
import { canonicalLanguageTag } from "./language-tag";
import { isTimeZone } from "./publish-time.mjs";
import { parseSettings } from "./settings";

/**
 * Validated runtime configuration. Read once; a bad value stops the process
 * with the variable's name instead of surfacing later as a broken link.
 */
export const envSchema = z.object({
  SITE_URL: z
    .url({ error: "SITE_URL must be an absolute http(s) URL, e.g. https://log.example.com" })
    .refine((u) => /^https?:\/\//.test(u), "SITE_URL must start with http:// or https://")
    .transform((u) => u.replace(/\/+$/, ""))
    .default("http://localhost:3000"),
  // The language of a post that names none (BCP 47), and of every page that is not a post.
  SITE_LANG: z
    .string()
    .transform((tag, ctx) => {
      const canonical = canonicalLanguageTag(tag);
      if (!canonical)
        ctx.addIssue({ code: "custom", message: "SITE_LANG must be a BCP 47 language tag such as en-GB" });
      return canonical ?? tag;
    })
    .default("en-GB"),
  // The zone a bare publishedAt date (and a time without an offset) is read in.
  SITE_TIMEZONE: z
    .string()
    .refine(isTimeZone, "SITE_TIMEZONE must be an IANA time zone such as Europe/London")
    .default("UTC"),
  // The build's clock for scheduled posts (ISO 8601); default: the time of the build.
  PUBLISH_AT: z.string().optional(),
  // The key of review links (/review/<token>/<slug>); a build with an unlisted post needs it.
  REVIEW_SECRET: z.string().min(16, "REVIEW_SECRET must be at least 16 characters").optional(),
});

export type Env = z.output<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  return parseSettings(envSchema, source, "environment");
}

export const env: Env = parseEnv(process.env);
