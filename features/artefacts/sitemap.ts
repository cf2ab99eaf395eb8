import {
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getTags,
  lastModified,
  paginate,
  type Post,
} from "@/features/content/posts";
import { escapeXml } from "@/features/feeds/xml";
import { pagePath } from "@/features/site/pagination";
import { absoluteUrl, authorPath, postPath, tagPath } from "@/lib/site";

// lastmod always comes from content dates, never the build time, so two builds of the same content agree.
const newest = (posts: readonly Post[]) => posts.map(lastModified).sort().at(-1);

function sitemapEntries(): { url: string; lastModified?: string }[] {
  const posts = getPosts();
  const site = newest(posts);
  const { pageCount } = paginate(posts, 1)!;
  return [
    { url: absoluteUrl("/"), lastModified: site },
    ...Array.from({ length: pageCount - 1 }, (_, i) => ({
      url: absoluteUrl(pagePath(i + 2)),
      lastModified: newest(paginate(posts, i + 2)!.items),
    })),
    { url: absoluteUrl("/subscribe"), lastModified: site },
    { url: absoluteUrl("/scaffold"), lastModified: site },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post.slug)), lastModified: lastModified(post) })),
    ...getTags().map((tag) => ({
      url: absoluteUrl(tagPath(tag.label)),
      lastModified: newest(getPostsByTag(tag.slug)),
    })),
    ...getAuthors().map((a) => ({ url: absoluteUrl(authorPath(a.id)), lastModified: newest(getPostsByAuthor(a.id)) })),
  ];
}

export function renderSitemap(): string {
  const urls = sitemapEntries().map(
    (e) =>
      `<url>\n<loc>${escapeXml(e.url)}</loc>\n${e.lastModified ? `<lastmod>${e.lastModified}</lastmod>\n` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function renderRobots(): string {
  return `User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${absoluteUrl("/sitemap.xml")}\n`;
}
