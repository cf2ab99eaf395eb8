import { scaffoldHref, site } from "@/lib/site";

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
              <a href="/subscribe">Subscribe</a>
            </li>
            <li>
              <a href={scaffoldHref()}>Scaffold</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
