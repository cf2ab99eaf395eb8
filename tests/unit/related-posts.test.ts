import { describe, expect, it } from "vitest";
import { rankRelatedPosts, type RelatedCandidate } from "@/features/content/related";

const post = (slug: string, tags: string[], publishedAt: string, draft = false): RelatedCandidate => ({
  slug,
  tags,
  publishedAt,
  draft,
});

describe("related posts", () => {
  const me = post("me", ["Infrastructure", "Operations", "Build day"], "2026-11-18");

  it("ranks by tags shared, then the newest among equals, and stops at three", () => {
    const candidates = [
      post("one-tag-new", ["Operations"], "2026-11-17"),
      post("two-tags-old", ["infrastructure", "Build Day"], "2026-01-01"),
      post("one-tag-old", ["Infrastructure"], "2026-02-01"),
      post("three-tags", ["Infrastructure", "Operations", "Build day"], "2025-06-01"),
      post("one-tag-newest", ["Build day"], "2026-11-18"),
    ];
    expect(rankRelatedPosts(me, candidates).map((p) => p.slug)).toEqual([
      "three-tags",
      "two-tags-old",
      "one-tag-newest",
    ]);
  });

  it("never offers the post itself, a draft, or a post with no tag in common", () => {
    const candidates = [
      me,
      post("draft", ["Infrastructure"], "2026-11-19", true),
      post("elsewhere", ["Cooking"], "2026-11-19"),
    ];
    expect(rankRelatedPosts(me, candidates)).toEqual([]);
  });

  it("offers nothing for a post without tags", () => {
    expect(rankRelatedPosts(post("bare", [], "2026-11-18"), [post("other", ["Ops"], "2026-11-01")])).toEqual([]);
  });
});
