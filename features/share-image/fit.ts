import type { ComparisonRow } from "@/features/comparison/model";
import type { CardRow } from "./card";
import { OG_MAX_ROWS, ogSafeText, truncate } from "./text";

/**
 * How many characters fit in each place on the card at 28 px and above (card.tsx), measured on renders of
 * Inter: a cell has three lines with three rows, four with two, six with one. Text over its budget is cut at a
 * word with "…", and the build warns, so the author can write a `short` form instead.
 */
const BUDGETS = {
  titleWithTable: 90,
  titleAlone: 120,
  summary: 190,
  surface: [48, 36, 28],
  cell: [140, 88, 62],
} as const;

export type FittedRows = { rows: CardRow[]; warnings: string[] };

const budgetFor = (sizes: readonly number[], rowCount: number) => sizes[Math.min(rowCount, sizes.length) - 1]!;

/** One cell: the author's short form if there is one, else the full text; cut only when even that is too long. */
function fitCell(row: ComparisonRow, field: keyof CardRow, max: number, index: number, warnings: string[]): string {
  const text = ogSafeText(row.short?.[field] ?? row[field]);
  if (text.length <= max) return text;
  const fix = row.short?.[field] ? `shorten its short.${field}` : `give it a short.${field}`;
  warnings.push(
    `comparison.rows.${index}.${field}: ${text.length} characters, cut on the card: ${fix} of at most ${max}`,
  );
  return truncate(text, max);
}

/** The rows a post's card shows, fitted, and what the author should shorten. */
export function fitCardRows(rows: readonly ComparisonRow[]): FittedRows {
  const warnings: string[] = [];
  const shown = rows.slice(0, OG_MAX_ROWS);
  if (rows.length > shown.length) warnings.push(`the card shows ${shown.length} of ${rows.length} rows`);
  const surfaceMax = budgetFor(BUDGETS.surface, shown.length);
  const cellMax = budgetFor(BUDGETS.cell, shown.length);
  const fitted = shown.map((row, i) => ({
    surface: fitCell(row, "surface", surfaceMax, i, warnings),
    looksCorrect: fitCell(row, "looksCorrect", cellMax, i, warnings),
    actuallyWorks: fitCell(row, "actuallyWorks", cellMax, i, warnings),
  }));
  return { rows: fitted, warnings };
}

export function fitTitle(title: string, withTable: boolean): string {
  return truncate(title, withTable ? BUDGETS.titleWithTable : BUDGETS.titleAlone);
}

export function fitSummary(summary: string): string {
  return truncate(summary, BUDGETS.summary);
}
