import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.name} — published by {site.publisher}. <a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a> ·{" "}
        <a href="/feed.json">JSON Feed</a>
      </p>
    </footer>
  );
}
