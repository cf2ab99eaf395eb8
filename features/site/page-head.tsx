import Head from "next/head";
import { PALETTE } from "@/lib/palette.mjs";
import { absoluteUrl, FEED_PATHS, ogLocale, site, SITE_CARD_PATH, tagFeedPath } from "@/lib/site";
import { serializeJsonLd } from "./structured-data";

export type ArticleMeta = { publishedTime: string; modifiedTime: string; author: string; tags: readonly string[] };

export type PageHeadProps = {
  /** The page's own title; the site name is appended. None: the site name alone. */
  title?: string;
  description?: string;
  /** Path of the canonical URL; none for pages that must not be indexed. */
  canonical?: string;
  /** Share card path (default: the site card) and its alt text. */
  image?: { path: string; alt: string };
  article?: ArticleMeta;
  /** A tag page also announces that tag's feed. */
  tagFeed?: { label: string };
  /** Keep the page out of search engines; "nofollow" also asks them not to follow its links. */
  noindex?: boolean | "nofollow";
  jsonLd?: unknown;
  /** The page's language (a post's `lang`); default the site's. */
  lang?: string;
};

const SITE_IMAGE_ALT = `${site.name}: ${site.description}`;

/**
 * Everything a page's <head> carries: title and description, canonical URL, feed autodiscovery, Open Graph
 * and Twitter card, theme colours, icons, and escaped JSON-LD. Every URL is absolute.
 */
export function PageHead({
  title,
  description = site.description,
  canonical,
  image,
  article,
  tagFeed,
  noindex,
  jsonLd,
  lang = site.language,
}: PageHeadProps) {
  const fullTitle = title ? `${title} · ${site.name}` : site.name;
  const card = image ?? { path: SITE_CARD_PATH, alt: SITE_IMAGE_ALT };
  const feeds = [
    { type: "application/rss+xml", href: FEED_PATHS.rss, title: `${site.name} (RSS)` },
    ...(tagFeed
      ? [
          {
            type: "application/rss+xml",
            href: tagFeedPath(tagFeed.label),
            title: `${site.name} — ${tagFeed.label} (RSS)`,
          },
        ]
      : []),
    { type: "application/atom+xml", href: FEED_PATHS.atom, title: `${site.name} (Atom)` },
    { type: "application/feed+json", href: FEED_PATHS.json, title: `${site.name} (JSON Feed)` },
  ];
  return (
    <Head>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      <meta name="color-scheme" content="light dark" />
      <meta
        name="theme-color"
        media="(prefers-color-scheme: light)"
        content={PALETTE.light.bg}
        key="theme-color-light"
      />
      <meta name="theme-color" media="(prefers-color-scheme: dark)" content={PALETTE.dark.bg} key="theme-color-dark" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {canonical !== undefined && <link rel="canonical" href={absoluteUrl(canonical)} />}
      {noindex && <meta name="robots" content={noindex === "nofollow" ? "noindex, nofollow" : "noindex"} />}
      {feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type={feed.type} href={absoluteUrl(feed.href)} title={feed.title} />
      ))}
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={ogLocale(lang)} />
      <meta property="og:title" content={title ?? site.name} />
      <meta property="og:description" content={description} />
      {canonical !== undefined && <meta property="og:url" content={absoluteUrl(canonical)} />}
      <meta property="og:image" content={absoluteUrl(card.path)} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={card.alt} />
      {article && (
        <>
          <meta property="article:published_time" content={article.publishedTime} />
          <meta property="article:modified_time" content={article.modifiedTime} />
          <meta property="article:author" content={article.author} />
          {article.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      )}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title ?? site.name} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={absoluteUrl(card.path)} />
      {jsonLd !== undefined && (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      )}
    </Head>
  );
}
