import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/features/search/fold";
import type { SearchIndex, SearchRecord } from "@/features/search/search-index";
import { MAX_TERMS, queryTerms, searchPosts } from "@/features/search/search-posts";
import { SEARCH_MAX_QUERY_LENGTH } from "@/lib/site";

function record(
  slug: string,
  fields: Partial<Record<"title" | "summary" | "text" | "comparison", string>>,
  tags: string[] = [],
  publishedAt = "2026-11-01",
): SearchRecord {
  const title = fields.title ?? `Post ${slug}`;
  const summary = fields.summary ?? "A summary.";
  const text = fields.text ?? "Body.";
  return {
    slug,
    title,
    summary,
    publishedAt,
    tags,
    text,
    folded: {
      title: foldForSearch(title),
      tags: foldForSearch(tags.join(" · ")),
      summary: foldForSearch(summary),
      comparison: foldForSearch(fields.comparison ?? ""),
      text: foldForSearch(text),
    },
  };
}

const index: SearchIndex = {
  version: 1,
  records: [
    record("body-only", { text: "Somewhere deep in the body the runner restarts." }, [], "2026-11-10"),
    record("in-title", { title: "The runner as itself" }, [], "2026-10-01"),
    record("french", { title: "Déploiement sans racine" }, ["Déploiement", "運用"]),
    record("table", { comparison: "Sandbox vs live: green on sandbox" }),
  ],
};
const slugs = (query: string) => searchPosts(index, query).hits.map((hit) => hit.slug);

describe("search", () => {
  it("puts a title match above a body match", () => {
    expect(slugs("runner")).toEqual(["in-title", "body-only"]);
  });

  it("needs every word to be found, in any field", () => {
    expect(slugs("runner restarts")).toEqual(["body-only"]);
    expect(slugs("runner cooking")).toEqual([]);
  });

  it("finds comparison cells and tags", () => {
    expect(slugs("sandbox")).toEqual(["table"]);
    expect(slugs("運用")).toEqual(["french"]);
  });

  it("ignores accents and case both ways", () => {
    expect(slugs("déploiement")).toEqual(["french"]);
    expect(slugs("DEPLOIEMENT")).toEqual(["french"]);
  });

  it("answers an empty or blank query with nothing, and says no match plainly", () => {
    expect(searchPosts(index, "   ")).toMatchObject({ query: "", total: 0, hits: [] });
    expect(searchPosts(index, "zzzz")).toMatchObject({ query: "zzzz", total: 0, hits: [] });
  });

  it("cuts a very long query instead of failing, and says so", () => {
    const outcome = searchPosts(index, `runner ${"x".repeat(5000)}`);
    expect(outcome.shortened).toBe(true);
    expect(outcome.query).toHaveLength(SEARCH_MAX_QUERY_LENGTH);
    expect(queryTerms("a b c d e f g h i j k l")).toHaveLength(MAX_TERMS);
  });

  it("marks the words found in the snippet", () => {
    const [hit] = searchPosts(index, "restarts").hits;
    expect(hit!.snippet.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(["restarts."]);
  });
});
