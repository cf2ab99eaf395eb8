import { FEED_PATHS, site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.name} — published by {site.publisher}. <a href={FEED_PATHS.rss}>RSS</a> ·{" "}
        <a href={FEED_PATHS.atom}>Atom</a> · <a href={FEED_PATHS.json}>JSON Feed</a>
      </p>
    </footer>
  );
}
