import { SEARCH_MAX_QUERY_LENGTH } from "@/lib/site";
import { foldForSearch } from "./fold";
import type { SearchDocument, SearchIndex, SearchRecord } from "./search-index";

/** Only the first terms of a query count (it is cut at SEARCH_MAX_QUERY_LENGTH first). */
export const MAX_TERMS = 8;
export const RESULTS_PER_PAGE = 20;

/** How much a term found in each field is worth: a title match outranks one deep in the body. */
const FIELD_WEIGHTS = { title: 10, tags: 6, summary: 4, comparison: 3, text: 1 } as const;

/** A snippet of the body, in pieces: `match` pieces are shown marked. */
export type SnippetPiece = { text: string; match: boolean };
export type SearchHit = SearchDocument & { snippet: SnippetPiece[] };
export type SearchOutcome = {
  /** The query as searched: trimmed, and cut to SEARCH_MAX_QUERY_LENGTH. */
  query: string;
  shortened: boolean;
  terms: string[];
  total: number;
  hits: SearchHit[];
};

/** The words searched for: folded, distinct, at most MAX_TERMS. */
export function queryTerms(query: string): string[] {
  const words = foldForSearch(query).split(" ").filter(Boolean);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

function scoreRecord(record: SearchRecord, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    let termScore = 0;
    for (const [field, weight] of Object.entries(FIELD_WEIGHTS)) {
      if (record.folded[field as keyof typeof FIELD_WEIGHTS].includes(term)) termScore += weight;
    }
    if (termScore === 0) return 0; // every term must be found somewhere
    score += termScore;
  }
  return score;
}

/** About `width` characters of the body around the first term found in it (or its opening), terms marked. */
export function snippetFor(record: SearchRecord, terms: readonly string[], width = 180): SnippetPiece[] {
  const at = Math.min(...terms.map((term) => record.folded.text.indexOf(term)).filter((i) => i >= 0), Infinity);
  // Folding keeps nearly every character where it was, so the folded offset finds the place in the original.
  const centre = Number.isFinite(at) ? at : 0;
  const start = Math.max(0, record.text.lastIndexOf(" ", Math.max(0, centre - width / 3)) + 1);
  const end = Math.min(record.text.length, start + width);
  const words = `${start > 0 ? "… " : ""}${record.text.slice(start, end).trim()}${end < record.text.length ? " …" : ""}`;
  const pieces: SnippetPiece[] = [];
  for (const word of words.split(/(\s+)/)) {
    const match = word.trim() !== "" && terms.some((term) => foldForSearch(word).includes(term));
    const last = pieces[pieces.length - 1];
    if (last && last.match === match) last.text += word;
    else pieces.push({ text: word, match });
  }
  return pieces;
}

/** Posts matching every term of `query`, best first (newest among equals), one page of them with snippets. */
export function searchPosts(index: SearchIndex, rawQuery: string, limit = RESULTS_PER_PAGE): SearchOutcome {
  const trimmed = rawQuery.trim();
  const query = trimmed.slice(0, SEARCH_MAX_QUERY_LENGTH);
  const terms = queryTerms(query);
  const outcome = { query, shortened: trimmed.length > SEARCH_MAX_QUERY_LENGTH, terms };
  if (terms.length === 0) return { ...outcome, total: 0, hits: [] };
  const scored = index.records
    .map((record) => ({ record, score: scoreRecord(record, terms) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.record.publishedAt.localeCompare(a.record.publishedAt));
  const hits = scored.slice(0, limit).map(({ record }) => {
    const { slug, title, summary, publishedAt, tags } = record;
    return { slug, title, summary, publishedAt, tags, snippet: snippetFor(record, terms) };
  });
  return { ...outcome, total: scored.length, hits };
}
