import { z } from "zod";
import { comparisonSchema } from "@/features/comparison/model";
import { nonEmpty } from "@/lib/text-field";

/**
 * Frontmatter schemas for posts and authors. The content build and the unit
 * tests share them, so a rule changes in one place.
 */

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    // YAML may hand us a Date for an unquoted 2026-11-18; normalise both forms.
    const text = value instanceof Date ? value.toISOString() : value.trim();
    const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
    const parsed = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
    const [y, m, d] = text.slice(0, 10).split("-").map(Number);
    const sameDay =
      !Number.isNaN(parsed.getTime()) &&
      parsed.getUTCFullYear() === y &&
      parsed.getUTCMonth() + 1 === m &&
      parsed.getUTCDate() === d;
    if (!shape.test(text) || !sameDay) {
      ctx.addIssue({ code: "custom", message: `"${text}" is not a valid date (use YYYY-MM-DD)` });
      return z.NEVER;
    }
    return parsed.toISOString();
  });

export const postFrontmatterSchema = z.object({
  title: nonEmpty("title", 160),
  summary: nonEmpty("summary", 400),
  publishedAt: isoDate,
  updatedAt: isoDate.optional(),
  author: nonEmpty("author", 80),
  tags: z.array(nonEmpty("tag", 60), { error: "tags must be a list of text" }).default([]),
  draft: z.boolean({ error: "draft must be true or false" }).default(false),
  comparison: comparisonSchema.optional(),
  series: z
    .object(
      {
        id: z.string({ error: "series.id must be text" }).regex(/^[a-z0-9-]+$/, "series.id must be a series file name"),
        part: z.number({ error: "series.part must be a number" }).int("series.part must be a whole number").min(1),
      },
      { error: "series must be { id, part }" },
    )
    .optional(),
  // The MDX body; content-collections fills it from the text after the frontmatter.
  content: z.string(),
});

export const authorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "id must be lowercase letters, digits and hyphens"),
  name: nonEmpty("name", 120),
  role: nonEmpty("role", 160),
  bio: nonEmpty("bio", 600),
  links: z.array(z.object({ label: nonEmpty("label", 60), href: z.url() })).default([]),
});


/** A series: content/series/<id>.yaml; its posts name it with `series: { id, part }`. */
export const seriesSchema = z.object({
  title: nonEmpty("title", 160),
  summary: nonEmpty("summary", 400),
});
