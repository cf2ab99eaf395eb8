import { z } from "zod";

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
});

export type Env = z.output<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse({ SITE_URL: source.SITE_URL || undefined });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
