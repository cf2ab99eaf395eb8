import { FormattedDate } from "@/features/site/formatted-date";
import { PageHead } from "@/features/site/page-head";
import { ARCHIVE_PATH, postPath, SEARCH_MAX_QUERY_LENGTH, SEARCH_PATH, TAGS_PATH } from "@/lib/site";
import type { SearchHit, SearchOutcome } from "./search-posts";

/** The sentence above the results; /enhance/search.js writes the same ones as the reader types. */
export function describeOutcome({ query, total, hits }: Pick<SearchOutcome, "query" | "total" | "hits">): string {
  if (!query) return "Search titles, summaries, tags, comparison tables and the full text of every post.";
  if (total === 0) return `No posts match “${query}”.`;
  const shown = hits.length < total ? ` (the best ${hits.length} shown)` : "";
  return `${total} ${total === 1 ? "post matches" : "posts match"} “${query}”${shown}.`;
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <a href={postPath(hit.slug)} className="search-hit-title">
        {hit.title}
      </a>{" "}
      <FormattedDate iso={hit.publishedAt} />
      <p className="search-hit-snippet">
        {hit.snippet.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
      </p>
    </li>
  );
}

/**
 * /search: a GET form, and the results the server found for it. Works as it is without JavaScript;
 * /enhance/search.js updates the same list as the reader types.
 */
export function SearchView({ outcome }: { outcome: SearchOutcome }) {
  const { query, total, hits, shortened } = outcome;
  return (
    <>
      <PageHead title={query ? `Search: ${query}` : "Search"} canonical={SEARCH_PATH} noindex={Boolean(query)} />
      <h1 className="page-title">Search</h1>
      <form className="search-form" role="search" aria-label="Posts" action={SEARCH_PATH} method="get">
        <label htmlFor="search-q">Search the Log</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={SEARCH_MAX_QUERY_LENGTH}
          autoComplete="off"
        />
        <button type="submit">Search</button>
      </form>
      {shortened && (
        <p className="search-note">Only the first {SEARCH_MAX_QUERY_LENGTH} characters of the query were searched.</p>
      )}
      <p id="search-status" role="status">
        {describeOutcome(outcome)}
      </p>
      <ol id="search-results" className="search-results">
        {hits.map((hit) => (
          <Hit key={hit.slug} hit={hit} />
        ))}
      </ol>
      <p className="search-elsewhere" hidden={!query || total > 0}>
        Try fewer or shorter words, or browse the <a href={ARCHIVE_PATH}>archive</a> and the{" "}
        <a href={TAGS_PATH}>tags</a>.
      </p>
      <script src="/enhance/search.js" defer />
    </>
  );
}
