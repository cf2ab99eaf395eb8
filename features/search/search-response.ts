import { formatDate } from "@/features/site/formatted-date";
import { postPath } from "@/lib/site";
import { describeOutcome } from "./search-view";
import type { SearchOutcome } from "./search-posts";

/**
 * What /api/search answers for /enhance/search.js: each hit with its address and date already written, and
 * the status sentence, so the script holds no copy of the site's routes or wording.
 */
export function toSearchResponse(outcome: SearchOutcome) {
  return {
    query: outcome.query,
    total: outcome.total,
    status: describeOutcome(outcome),
    hits: outcome.hits.map((hit) => ({
      href: postPath(hit.slug),
      title: hit.title,
      publishedAt: hit.publishedAt,
      date: formatDate(hit.publishedAt),
      snippet: hit.snippet,
    })),
  };
}
