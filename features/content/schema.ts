import { z } from "zod";
import { comparisonSchema } from "@/features/comparison/model";
import { env } from "@/lib/env";
import { canonicalLanguageTag } from "@/lib/language-tag";
import { parsePublishTime } from "@/lib/publish-time.mjs";
import { nonEmpty } from "@/lib/text-field";

/**
 * Frontmatter schemas for posts and authors. The content build and the unit
 * tests share them, so a rule changes in one place.
 */

/**
 * A date, or a date and time: `2026-11-18` is midnight in SITE_TIMEZONE, `2027-06-01T09:00+01:00` is that
 * instant (lib/publish-time.mjs). Stored as ISO 8601 UTC.
 */
const publishTime = z.union([z.string(), z.date()]).transform((value, ctx) => {
  // The YAML parser hands over text; a Date (another parser, or YAML 1.1) is already an instant.
  if (value instanceof Date) return value.toISOString();
  const parsed = parsePublishTime(value, env.SITE_TIMEZONE);
  if ("error" in parsed) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.iso;
});

/** A well-formed BCP 47 language tag ("fr", "en-GB", "ja"), in its canonical spelling. */
const languageTag = z.string({ error: "lang must be a language tag such as fr, en-GB or ja" }).transform((tag, ctx) => {
  const canonical = canonicalLanguageTag(tag);
  if (canonical) return canonical;
  ctx.addIssue({ code: "custom", message: `"${tag}" is not a BCP 47 language tag (such as fr, en-GB or ja)` });
  return z.NEVER;
});

export const postFrontmatterSchema = z.object({
  title: nonEmpty("title", 160),
  summary: nonEmpty("summary", 400),
  publishedAt: publishTime,
  updatedAt: publishTime.optional(),
  author: nonEmpty("author", 80),
  tags: z.array(nonEmpty("tag", 60), { error: "tags must be a list of text" }).default([]),
  draft: z.boolean({ error: "draft must be true or false" }).default(false),
  // Unlisted: built at its review link only (/review/<token>/<slug>), on no list, feed or sitemap.
  visibility: z.enum(["public", "unlisted"], { error: "visibility must be public or unlisted" }).default("public"),
  // The post's language; default SITE_LANG.
  lang: languageTag.optional(),
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
