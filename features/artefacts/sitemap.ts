import { sitePages } from "@/features/site/site-pages";
import { escapeXml } from "@/features/feeds/xml";
import { absoluteUrl } from "@/lib/site";

export function renderSitemap(): string {
  const urls = sitePages().map(
    (e) =>
      `<url>\n<loc>${escapeXml(absoluteUrl(e.path))}</loc>\n${e.lastModified ? `<lastmod>${e.lastModified}</lastmod>\n` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function renderRobots(): string {
  return `User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${absoluteUrl("/sitemap.xml")}\n`;
}
