import type { z } from "zod";

/**
 * The variables `schema` reads, from `source` (an empty value counts as unset), parsed; or an error headed
 * `Invalid <what>:` that names every bad variable with its message, one a line. The environment, the enquiry
 * and the readership settings all read this way.
 */
export function parseSettings<S extends z.ZodObject>(
  schema: S,
  source: Record<string, string | undefined>,
  what: string,
): z.output<S> {
  const given = Object.keys(schema.shape).flatMap((name) => (source[name] ? [[name, source[name]] as const] : []));
  const result = schema.safeParse(Object.fromEntries(given));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid ${what}:\n${lines.join("\n")}`);
  }
  return result.data;
}
