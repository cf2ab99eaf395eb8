import {
  getAuthors,
  getPosts,
  getPostsByAuthor,
  getPostsByTag,
  getPublishedSeries,
  getSeriesParts,
  getTags,
  lastModified,
  paginate,
  type Post,
} from "@/features/content/posts";
import { escapeXml } from "@/features/feeds/xml";
import {
  absoluteUrl,
  ARCHIVE_PATH,
  authorPath,
  listPagePath,
  postPath,
  seriesPath,
  tagPath,
  TAGS_PATH,
} from "@/lib/site";

// lastmod always comes from content dates, never the build time, so two builds of the same content agree.
const newest = (posts: readonly Post[]) => posts.map(lastModified).sort().at(-1);

/** Every page of a list: its first page at `base`, then /page/2… */
function listPages(base: string, posts: readonly Post[]) {
  const { pageCount } = paginate(posts, 1)!;
  return Array.from({ length: pageCount }, (_, i) => ({
    url: absoluteUrl(listPagePath(base, i + 1)),
    lastModified: newest(paginate(posts, i + 1)!.items),
  }));
}

function sitemapEntries(): { url: string; lastModified?: string }[] {
  const posts = getPosts();
  const site = newest(posts);
  return [
    ...listPages("/", posts),
    { url: absoluteUrl("/subscribe"), lastModified: site },
    { url: absoluteUrl("/scaffold"), lastModified: site },
    { url: absoluteUrl(ARCHIVE_PATH), lastModified: site },
    { url: absoluteUrl(TAGS_PATH), lastModified: site },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post.slug)), lastModified: lastModified(post) })),
    ...getTags().flatMap((tag) => listPages(tagPath(tag.label), getPostsByTag(tag.slug))),
    ...getAuthors().flatMap((a) => listPages(authorPath(a.id), getPostsByAuthor(a.id))),
    ...getPublishedSeries().map((series) => ({
      url: absoluteUrl(seriesPath(series.id)),
      lastModified: newest(getSeriesParts(series.id)),
    })),
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
