import { env } from "./env";
import { SCAFFOLD_PATH } from "./routes.mjs";
import { tagSlug } from "./tag-slug.mjs";

export { tagSlug };
export * from "./routes.mjs";

/** One typed description of the site: every route, feed and image reads from here. */
export const site = {
  name: "Operator's Log",
  description:
    "How AI-native systems get built and operated in practice: the gap between what looks correct and what actually works.",
  publisher: "V8 Global",
  language: env.SITE_LANG,
  url: env.SITE_URL,
  postsPerPage: 10,
} as const;

/** Where the site-wide feeds are served. */
export const FEED_PATHS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** Open Graph's locale for a language tag: language_TERRITORY, the territory its likeliest one ("fr" → fr_FR). */
export function ogLocale(lang: string): string {
  const likely = new Intl.Locale(lang).maximize();
  return likely.region ? `${likely.language}_${likely.region}` : likely.language;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}

export function postPath(slug: string): string {
  return `/log/${slug}`;
}

/** A post's share card (1200×630 PNG), rendered at build. */
export function postCardPath(slug: string): string {
  return `${postPath(slug)}/opengraph-image`;
}

/** The site's own share card, for pages that are not posts. */
export const SITE_CARD_PATH = "/opengraph-image";

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tagSlug(tag))}`;
}

/** RSS for one tag: announced in a tag page's head and linked from it. */
export function tagFeedPath(tag: string): string {
  return `${tagPath(tag)}/feed.xml`;
}

/** Page N of a list that starts at `base` ("/", a tag's page, an author's page); page 1 is the base itself. */
export function listPagePath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === "/" ? "" : base}/page/${page}`;
}

export function authorPath(id: string): string {
  return `/authors/${id}`;
}

/** An unlisted post's private address: the token (lib/review-token.mjs) is the post's key under REVIEW_SECRET. */
export function reviewPath(token: string, slug: string): string {
  return `/review/${token}/${slug}`;
}

export function scaffoldHref(from?: string): string {
  return from ? `${SCAFFOLD_PATH}?from=${encodeURIComponent(from)}` : SCAFFOLD_PATH;
}

/** Every tag with its count, page and feed. */
export const TAGS_PATH = "/tags";

/** Every post by year. */
export const ARCHIVE_PATH = "/archive";

/** Search: a GET form whose results the server renders; `q` is the query. */
export const SEARCH_PATH = "/search";

/** Longer queries are cut here (by both search forms, and by the search itself): a pasted paragraph still searches. */
export const SEARCH_MAX_QUERY_LENGTH = 200;

export function seriesPath(id: string): string {
  return `/series/${id}`;
}

/** The script that counts a page view: our own, on every page, deferred. */
export const VIEW_SCRIPT_PATH = "/enhance/count.js";

/** Where /enhance/count.js sends a page view (the readership figures; README, "Readership"). */
export const VIEW_BEACON_PATH = "/api/view";

/** The operator's readership figures, behind STATS_PASSWORD. */
export const STATS_PATH = "/stats";
