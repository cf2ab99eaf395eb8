import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/features/comparison/model";
import { postCardAlt, postCardInput, postCardWarnings } from "@/features/share-image/cards";

const long = "A cell that goes on for far longer than any card could show at a size a reader can still read in a feed.";
const row = (extra: Partial<ComparisonRow> = {}): ComparisonRow => ({
  surface: "Sandbox vs live",
  looksCorrect: "Green on sandbox.",
  actuallyWorks: "Runs as the runner user.",
  ...extra,
});
const post = (rows: ComparisonRow[]) => ({
  title: "A post",
  summary: "What it is about.",
  sourcePath: "content/posts/a-post.mdx",
  comparison: { rows },
});

describe("share card text", () => {
  it("uses the author's short wording on the card, and warns about nothing", () => {
    const card = postCardInput(post([row({ looksCorrect: long, short: { looksCorrect: "Looks done." } })]), "Ada");
    expect(card.rows![0]!.looksCorrect).toBe("Looks done.");
    expect(card).toMatchObject({ kicker: "Operator's Log", byline: "Ada" });
    expect(postCardWarnings(post([row({ looksCorrect: long, short: { looksCorrect: "Looks done." } })]))).toEqual([]);
  });

  it("cuts a cell that is still too long at a word, and names the post and the cell", () => {
    const rows = [row(), row(), row({ actuallyWorks: long })];
    const cell = postCardInput(post(rows), "Ada").rows![2]!.actuallyWorks;
    expect(cell.endsWith("…")).toBe(true);
    expect(long.startsWith(cell.slice(0, -1))).toBe(true);
    expect(postCardWarnings(post(rows))).toEqual([
      expect.stringMatching(
        /^content\/posts\/a-post\.mdx: comparison\.rows\.2\.actuallyWorks: .*give it a short\.actuallyWorks/,
      ),
    ]);
  });

  it("describes the post's own card in og:image:alt: title, author and each row", () => {
    const alt = postCardAlt(post([row()]), "Ada");
    expect(alt).toContain("“A post” by Ada");
    expect(alt).toContain(
      "Sandbox vs live. Looked correct: Green on sandbox. Actually worked: Runs as the runner user.",
    );
  });
});
