import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderAtom } from "@/features/feeds/atom";
import { toFeedEntry, type FeedChannel } from "@/features/feeds/entries";
import { feedHtml } from "@/features/feeds/feed-html";
import { renderJsonFeed } from "@/features/feeds/json-feed";
import { renderRss } from "@/features/feeds/rss";

const SITE = "https://log.example.com";
const urlOf = (path: string) => new URL(path, `${SITE}/`).toString();

const tricky = {
  slug: "tricky",
  title: `Ampersands & <angle brackets> in "quoted" titles 🚀`,
  summary: `Less-than < and & and 'single' quotes ]]> too`,
  html:
    '<p class="lead">A <a href="/log/other">relative</a>, a <a href="#variant-one">fragment</a>, ' +
    '<a href="https://example.org/x?a=1&amp;b=2" class="external">external<span aria-hidden="true" class="external-mark">↗</span><span class="sr-only"> (external site)</span></a>, ' +
    'an <img src="/favicon.svg" alt="" loading="lazy"/> and the end marker ]]&gt; and ]]></p>' +
    '<figure class="comparison not-prose"><table><tbody><tr><th scope="row" data-label="Surface">Sandbox &amp; live</th><td data-label="Looks correct">Green</td></tr></tbody></table></figure>' +
    "<script>alert(1)</script>",
  publishedAt: "2026-11-05T00:00:00.000Z",
  updatedAt: "2026-11-07T00:00:00.000Z",
  tags: ["R&D", "<script>", "Ops 🚀", "運用"],
  lang: "en-GB",
};
const older = {
  ...tricky,
  slug: "older",
  title: "Older",
  publishedAt: "2026-10-01T00:00:00.000Z",
  updatedAt: undefined,
  tags: [],
  lang: "fr",
};

function channel(selfPath: string): FeedChannel {
  const author = { name: `Alan "AL" Law & co`, url: urlOf("/authors/alan-law") };
  return {
    title: "Operator's Log",
    description: "Looks correct <vs> actually works",
    language: "en-GB",
    homeUrl: urlOf("/"),
    selfUrl: urlOf(selfPath),
    entries: [tricky, older].map((p) => toFeedEntry(p, author, urlOf)),
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", cdataPropName: "#cdata" });

describe("feed HTML", () => {
  const html = feedHtml(tricky.html, urlOf("/log/tricky"));

  it("makes every href and src absolute, fragments pointing into the post", () => {
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual([
      `${SITE}/log/other`,
      `${SITE}/log/tricky#variant-one`,
      "https://example.org/x?a=1&amp;b=2",
      `${SITE}/favicon.svg`,
    ]);
  });

  it("drops scripts, classes, data attributes and CSS-only text, keeping the table", () => {
    expect(html).not.toMatch(/<script|class=|data-label|sr-only|external site|↗/);
    expect(html).toContain(
      '<table><tbody><tr><th scope="row">Sandbox &amp; live</th><td>Green</td></tr></tbody></table>',
    );
  });
});

describe("RSS 2.0", () => {
  const xml = renderRss(channel("/feed.xml"));

  it("is well-formed and round-trips titles, tags and body with <, &, quotes and emoji", async () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await extractFromXml(xml, { getExtraEntryFields: (e: Record<string, unknown>) => ({ raw: e }) });
    expect(feed.entries?.[0]?.title).toBe(tricky.title);
    const item = parser.parse(xml).rss.channel.item[0];
    expect(item.category).toEqual(tricky.tags);
    expect(item.description).toBe(tricky.summary);
    // "]]>" inside the HTML splits the CDATA in two; a reader joins the sections back.
    const sections = [item["content:encoded"]["#cdata"]].flat().join("");
    expect(sections).toBe(feedHtml(tricky.html, urlOf("/log/tricky")));
    expect(item["dc:creator"]).toBe(`Alan "AL" Law & co`);
  });

  it("has a self link, permalink guids, RFC-822 dates and lastBuildDate from the newest post", () => {
    const rss = parser.parse(xml).rss.channel;
    expect(rss["atom:link"]["@href"]).toBe(`${SITE}/feed.xml`);
    expect(rss["atom:link"]["@rel"]).toBe("self");
    expect(rss.item[0].guid).toEqual({ "#text": `${SITE}/log/tricky`, "@isPermaLink": "true" });
    expect(rss.item[0].pubDate).toBe("Thu, 05 Nov 2026 00:00:00 GMT");
    expect(rss.lastBuildDate).toBe("Sat, 07 Nov 2026 00:00:00 GMT");
  });

  it("is byte-identical when rendered again later (no build time inside)", async () => {
    await new Promise((r) => setTimeout(r, 1100));
    expect(renderRss(channel("/feed.xml"))).toBe(xml);
  });
});

describe("Atom 1.0", () => {
  const xml = renderAtom(channel("/atom.xml"));
  it("is well-formed with ids, dates, author, alternate links and html content", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.link[0]).toMatchObject({ "@rel": "self", "@href": `${SITE}/atom.xml` });
    expect(feed.updated).toBe("2026-11-07T00:00:00.000Z");
    const entry = feed.entry[0];
    expect(entry.id).toBe(`${SITE}/log/tricky`);
    expect(entry.title["#text"]).toBe(tricky.title);
    expect(entry.published).toBe(tricky.publishedAt);
    expect(entry.updated).toBe(tricky.updatedAt);
    expect(entry.author.name).toBe(`Alan "AL" Law & co`);
    expect(entry.link).toMatchObject({ "@rel": "alternate", "@href": `${SITE}/log/tricky` });
    expect(entry.content["@type"]).toBe("html");
    expect(entry.content["#text"]).toBe(feedHtml(tricky.html, urlOf("/log/tricky")));
  });

  it("says each entry's language, so a French post reads as French beside English ones", () => {
    const entries = parser.parse(xml).feed.entry;
    expect(entries.map((e: Record<string, string>) => e["@xml:lang"])).toEqual(["en-GB", "fr"]);
  });
});

describe("JSON Feed 1.1", () => {
  const json = renderJsonFeed(channel("/feed.json"));
  const schema = JSON.parse(readFileSync("tests/fixtures/jsonfeed-1.1.schema.json", "utf8"));

  it("validates against the JSON Feed 1.1 schema", () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(json));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("reads back with a feed reader, title and tags intact", async () => {
    const feed = await extractFromJson(JSON.parse(json));
    expect(feed.entries?.[0]?.title).toBe(tricky.title);
    const item = JSON.parse(json).items[0];
    expect(item.tags).toEqual(tricky.tags);
    expect(item.authors).toEqual([{ name: `Alan "AL" Law & co`, url: `${SITE}/authors/alan-law` }]);
    expect(item.content_html).toContain("<table>");
    expect(JSON.parse(json).items.map((i: { language: string }) => i.language)).toEqual(["en-GB", "fr"]);
  });

  it("rejects a 1.0-style feed, so the schema really checks", () => {
    const ajv = new Ajv();
    addFormats.default(ajv);
    const v10 = { ...JSON.parse(json), version: "https://jsonfeed.org/version/1", author: { name: "x" } };
    expect(ajv.validate(schema, v10)).toBe(false);
  });
});
