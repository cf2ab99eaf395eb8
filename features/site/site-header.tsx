import {
  ARCHIVE_PATH,
  scaffoldHref,
  SEARCH_MAX_QUERY_LENGTH,
  SEARCH_PATH,
  site,
  SUBSCRIBE_PATH,
  TAGS_PATH,
} from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a href="/" className="site-name">
          {site.name}
        </a>
        <nav aria-label="Site">
          <ul>
            <li>
              <a href="/">Log</a>
            </li>
            <li>
              <a href={ARCHIVE_PATH}>Archive</a>
            </li>
            <li>
              <a href={TAGS_PATH}>Tags</a>
            </li>
            <li>
              <a href={SUBSCRIBE_PATH}>Subscribe</a>
            </li>
            <li>
              <a href={scaffoldHref()}>Scaffold</a>
            </li>
          </ul>
        </nav>
        <form className="site-search" role="search" aria-label="Site" action={SEARCH_PATH} method="get">
          <label htmlFor="site-search-q" className="sr-only">
            Search the Log
          </label>
          <input id="site-search-q" type="search" name="q" placeholder="Search" maxLength={SEARCH_MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  );
}
