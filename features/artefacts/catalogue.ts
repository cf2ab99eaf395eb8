import { getPosts, getReviewPosts, getTags, postAuthor } from "@/features/content/posts";
import { renderAtom } from "@/features/feeds/atom";
import { renderJsonFeed } from "@/features/feeds/json-feed";
import { renderRss } from "@/features/feeds/rss";
import { FEED_TYPES, siteChannel, tagChannel } from "@/features/feeds/site-feeds";
import { postCardInput, siteCardInput } from "@/features/share-image/cards";
import { renderCardPng, type OgInput } from "@/features/share-image/render";
import { SEARCH_INDEX_PATH } from "@/features/search/load-index";
import { buildSearchIndex } from "@/features/search/search-index";
import { convertFigure } from "@/features/figures/convert";
import { CONTENT_TYPES, FIGURE_CACHE_CONTROL, type Figure, type Rendition } from "@/features/figures/plan";
import { FEED_PATHS, postCardPath, SITE_CARD_PATH, tagFeedPath } from "@/lib/site";
import { renderRobots, renderSitemap } from "./sitemap";

/**
 * Every file the site publishes besides its pages: the feeds, the sitemap and robots.txt, and a share card
 * per post. Each is a pure function of the content, written once by the build (write-artefacts.ts) and served
 * as a file; the dev server renders them on demand with the same functions.
 */
export type Artefact = {
  /** The public URL path. */
  path: string;
  contentType: string;
  cacheControl: string;
  render: () => Promise<string | Buffer>;
  /** A share card's input: the build draws cards in parallel and keeps them in a cache keyed by it. */
  card?: OgInput;
  /** A figure's rendition: the build converts them on every core and keeps them in a cache, by name. */
  figure?: { figure: Figure; rendition: Rendition };
};

const FEED_CACHE = "public, max-age=900";
const CARD_CACHE = "public, max-age=86400";

const text = (path: string, contentType: string, render: () => string): Artefact => ({
  path,
  contentType,
  cacheControl: FEED_CACHE,
  render: async () => render(),
});

const card = (path: string, input: OgInput): Artefact => ({
  path,
  contentType: "image/png",
  cacheControl: CARD_CACHE,
  render: () => renderCardPng(input),
  card: input,
});

const figureFile = (figure: Figure, rendition: Rendition): Artefact => ({
  path: rendition.path,
  contentType: CONTENT_TYPES[rendition.format],
  cacheControl: FIGURE_CACHE_CONTROL,
  render: async () => (await convertFigure(figure, [rendition]))[0]!,
  figure: { figure, rendition },
});

/** The figures of every published post and review copy, each once however many posts show it. */
export function publishedFigures(): Figure[] {
  const posts = [...getPosts(), ...getReviewPosts()];
  return [...new Map(posts.flatMap((post) => post.figures.map((f) => [f.key, f] as const))).values()];
}

export function listArtefacts(): Artefact[] {
  return [
    text(FEED_PATHS.rss, FEED_TYPES.rss, () => renderRss(siteChannel(FEED_PATHS.rss))),
    text(FEED_PATHS.atom, FEED_TYPES.atom, () => renderAtom(siteChannel(FEED_PATHS.atom))),
    text(FEED_PATHS.json, FEED_TYPES.json, () => renderJsonFeed(siteChannel(FEED_PATHS.json))),
    ...getTags().map((tag) => text(tagFeedPath(tag.label), FEED_TYPES.rss, () => renderRss(tagChannel(tag.slug)!))),
    text("/sitemap.xml", "application/xml; charset=utf-8", renderSitemap),
    text("/robots.txt", "text/plain; charset=utf-8", renderRobots),
    text(SEARCH_INDEX_PATH, "application/json", () => JSON.stringify(buildSearchIndex(getPosts()))),
    card(SITE_CARD_PATH, siteCardInput()),
    ...getPosts().map((post) => card(postCardPath(post.slug), postCardInput(post, postAuthor(post).name))),
    ...publishedFigures().flatMap((figure) => figure.renditions.map((r) => figureFile(figure, r))),
  ];
}

/** The file an artefact is kept in under the build's artefact directory (its URL path, made a file name). */
export function artefactFile(path: string): string {
  const relative = decodeURIComponent(path).replace(/^\/+/, "");
  return relative.endsWith("/opengraph-image") || relative === "opengraph-image" ? `${relative}.png` : relative;
}
