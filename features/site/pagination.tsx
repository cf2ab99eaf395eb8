import { listPagePath } from "@/lib/site";

/** Newer/older links between the pages of a list that starts at `base`. */
export function Pagination({ page, pageCount, base = "/" }: { page: number; pageCount: number; base?: string }) {
  const pagePath = (n: number) => listPagePath(base, n);
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={pagePath(page - 1)} rel="prev">
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={pagePath(page + 1)} rel="next">
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
