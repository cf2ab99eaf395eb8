import { z } from "zod";
import { nonEmpty } from "@/lib/text-field";

/**
 * The looks-correct vs actually-works comparison: one model for the post's frontmatter, the table on the
 * page, the feeds (the same HTML) and the share card.
 */
export const COMPARISON_HEADERS = ["Surface", "Looks correct", "Actually works"] as const;

export const comparisonRowSchema = z.object({
  surface: nonEmpty("surface", 120),
  looksCorrect: nonEmpty("looksCorrect", 400),
  actuallyWorks: nonEmpty("actuallyWorks", 400),
  // Shorter wordings for the share card, where a feed shows the table about 500 px wide: the author shortens
  // a cell instead of the card cutting it mid-sentence. The page and the feeds always show the full text.
  short: z
    .object({
      surface: nonEmpty("short.surface", 60).optional(),
      looksCorrect: nonEmpty("short.looksCorrect", 200).optional(),
      actuallyWorks: nonEmpty("short.actuallyWorks", 200).optional(),
    })
    .strict()
    .optional(),
});

export const comparisonSchema = z.object({
  caption: nonEmpty("caption", 200).optional(),
  rows: z
    .array(comparisonRowSchema, { error: "rows must be a list" })
    .min(1, "a comparison needs at least 1 row")
    .max(6, "a comparison has at most 6 rows"),
});

export type ComparisonRow = z.output<typeof comparisonRowSchema>;
export type Comparison = z.output<typeof comparisonSchema>;
