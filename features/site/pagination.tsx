export function pagePath(page: number): string {
  return page <= 1 ? "/" : `/page/${page}`;
}

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
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
