import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent } from "@/features/content/build.mjs";
import { buildCase, CASES_ROOT as ROOT, post } from "../helpers/content-case";

afterAll(async () => {
  await rm(ROOT, { recursive: true, force: true });
});

describe("content build", () => {
  it("fails, naming the directory, when CONTENT_DIR has no posts folder (instead of building an empty site)", async () => {
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = path.join(ROOT, "no-such-content");
    try {
      await expect(buildContent({ quiet: true })).rejects.toThrow(
        /\.test-content\/no-such-content\/posts: no such directory/,
      );
    } finally {
      process.env.CONTENT_DIR = previous;
    }
  });

  it("builds a content tree given by an absolute path", async () => {
    const problems = await buildCase("absolute", { "posts/fine.mdx": post({}) });
    expect(problems).toEqual([]);
    const dir = path.resolve(ROOT, "absolute");
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      await buildContent({ quiet: true, outputDir: path.join(dir, ".out"), cacheDir: path.join(dir, ".cache") });
    } finally {
      process.env.CONTENT_DIR = previous;
    }
    expect(await readFile(path.join(dir, ".out", "allPosts.js"), "utf8")).toContain('"slug": "fine"');
  });

  it("takes a publishing time with an offset and a language tag, in its canonical spelling", async () => {
    const problems = await buildCase("time-and-lang", {
      "posts/timed.mdx": post({ publishedAt: "2027-06-01T09:00+01:00", lang: "fr-ca" }),
    });
    expect(problems).toEqual([]);
    const built = await readFile(path.join(ROOT, "time-and-lang", ".out", "allPosts.js"), "utf8");
    expect(built).toContain('"publishedAt": "2027-06-01T08:00:00.000Z"');
    expect(built).toContain('"lang": "fr-CA"');
  });

  it("builds a valid post without problems", async () => {
    const problems = await buildCase("valid", {
      "posts/fine.mdx": post({ tags: "[Infrastructure, Déploiement, 運用]" }, '<Variant n={1} title="x">Hi</Variant>'),
    });
    expect(problems).toEqual([]);
  });

  const cases: { name: string; files: Record<string, string>; file: string; expected: RegExp }[] = [
    {
      name: "malformed-lang",
      files: { "posts/bad-lang.mdx": post({ lang: "en_GB" }) },
      file: "posts/bad-lang.mdx",
      expected: /: lang: "en_GB" is not a BCP 47 language tag/,
    },
    {
      name: "word-for-lang",
      files: { "posts/word-lang.mdx": post({ lang: "french" }) },
      file: "posts/word-lang.mdx",
      expected: /: lang: "french" is not a BCP 47 language tag/,
    },
    {
      name: "unlisted-without-secret",
      files: { "posts/for-review.mdx": post({ visibility: "unlisted" }) },
      file: "posts/for-review.mdx",
      expected: /: visibility: an unlisted post is built at its review link, which needs REVIEW_SECRET/,
    },
    {
      name: "bad-visibility",
      files: { "posts/bad-visibility.mdx": post({ visibility: "hidden" }) },
      file: "posts/bad-visibility.mdx",
      expected: /: visibility: visibility must be public or unlisted/,
    },
    {
      name: "bad-publish-time",
      files: { "posts/bad-time.mdx": post({ publishedAt: "2027-06-01T25:00+01:00" }) },
      file: "posts/bad-time.mdx",
      expected: /: publishedAt: "2027-06-01T25:00\+01:00" is not a valid date or time/,
    },
    {
      name: "missing-title",
      files: { "posts/no-title.mdx": post({ title: "<omit>" }) },
      file: "posts/no-title.mdx",
      expected: /: title: /,
    },
    {
      name: "ill-typed-tags",
      files: { "posts/bad-tags.mdx": post({ tags: "Infrastructure" }) },
      file: "posts/bad-tags.mdx",
      expected: /: tags: tags must be a list/,
    },
    {
      name: "ill-typed-draft",
      files: { "posts/bad-draft.mdx": post({ draft: '"maybe"' }) },
      file: "posts/bad-draft.mdx",
      expected: /: draft: draft must be true or false/,
    },
    {
      name: "unknown-author",
      files: { "posts/ghost.mdx": post({ author: "nobody" }) },
      file: "posts/ghost.mdx",
      expected: /: author: unknown author "nobody"/,
    },
    {
      name: "bad-date",
      files: { "posts/bad-date.mdx": post({ publishedAt: '"2026-02-30"' }) },
      file: "posts/bad-date.mdx",
      expected: /: publishedAt: "2026-02-30" is not a valid date/,
    },
    {
      name: "bad-updated-date",
      files: { "posts/bad-updated.mdx": post({ updatedAt: "yesterday" }) },
      file: "posts/bad-updated.mdx",
      expected: /: updatedAt: "yesterday" is not a valid date/,
    },
    {
      name: "empty-comparison",
      files: { "posts/empty-comparison.mdx": post({ comparison: "\n  rows: []" }) },
      file: "posts/empty-comparison.mdx",
      expected: /: comparison\.rows: a comparison needs at least 1 row/,
    },
    {
      name: "comparison-row-missing-field",
      files: {
        "posts/half-row.mdx": post({ comparison: "\n  rows:\n    - surface: Sandbox\n      looksCorrect: Green" }),
      },
      file: "posts/half-row.mdx",
      expected: /: comparison\.rows\.0\.actuallyWorks: /,
    },
    {
      name: "too-many-rows",
      files: {
        "posts/seven-rows.mdx": post({
          comparison: "\n  rows:" + "\n    - {surface: s, looksCorrect: l, actuallyWorks: a}".repeat(7),
        }),
      },
      file: "posts/seven-rows.mdx",
      expected: /: comparison\.rows: a comparison has at most 6 rows/,
    },
    {
      name: "duplicate-slug",
      files: { "posts/2025/same.mdx": post({}), "posts/2026/same.mdx": post({}) },
      file: "posts/2025/same.mdx",
      expected: /: slug: duplicate slug "same", also used by .*posts\/2026\/same\.mdx/,
    },
    {
      name: "unknown-component",
      files: { "posts/typo.mdx": post({}, "Intro.\n\n<Comparisn />\n") },
      file: "posts/typo.mdx",
      expected: /: body: unknown MDX component <Comparisn>/,
    },
    {
      name: "mdx-syntax-error",
      files: { "posts/broken.mdx": post({}, "An unclosed <div> tag.\n") },
      file: "posts/broken.mdx",
      expected: /: body: MDX syntax error: line 8: Expected a closing tag for `<div>`/,
    },
    {
      name: "comparison-without-rows",
      files: { "posts/bare-table.mdx": post({}, "<Comparison />\n") },
      file: "posts/bare-table.mdx",
      expected: /: body: <Comparison \/> has no rows/,
    },
    {
      name: "tags-that-share-an-address",
      files: {
        "posts/cpp.mdx": post({ tags: '["C++"]' }),
        "posts/csharp.mdx": post({ tags: '["C#"]' }),
      },
      file: "posts/csharp.mdx",
      expected: /: tags: "C#" and "C\+\+" \(.*posts\/cpp\.mdx\) would share the address \/tags\/c/,
    },
    {
      name: "tag-without-an-address",
      files: { "posts/dots.mdx": post({ tags: '[".."]' }) },
      file: "posts/dots.mdx",
      expected: /: tags: "\.\." has no letters or digits/,
    },
    {
      name: "unknown-series",
      files: { "posts/lost.mdx": post({ series: "{ id: no-such-series, part: 1 }" }) },
      file: "posts/lost.mdx",
      expected: /: series\.id: unknown series "no-such-series"/,
    },
    {
      name: "series-part-not-a-number",
      files: {
        "series/runbook.yaml": "title: Runbook\nsummary: Parts.\n",
        "posts/part.mdx": post({ series: "{ id: runbook, part: two }" }),
      },
      file: "posts/part.mdx",
      expected: /: series\.part: series\.part must be a number/,
    },
    {
      name: "series-part-claimed-twice",
      files: {
        "series/runbook.yaml": "title: Runbook\nsummary: Parts.\n",
        "posts/first.mdx": post({ series: "{ id: runbook, part: 1 }" }),
        "posts/second.mdx": post({ series: "{ id: runbook, part: 1 }" }),
      },
      file: "posts/second.mdx",
      expected: /: series\.part: part 1 of "runbook" is also .*posts\/first\.mdx/,
    },
  ];

  for (const c of cases) {
    it(`fails on ${c.name}, naming ${c.file} and the field`, async () => {
      const problems = await buildCase(c.name, c.files);
      const named = problems.filter((p) => p.startsWith(`${ROOT}/${c.name}/${c.file}:`));
      expect(named, problems.join("\n")).not.toHaveLength(0);
      expect(named.join("\n")).toMatch(c.expected);
    });
  }

  it("builds byte-identical output twice (stable slugs, dates and HTML for feeds and guids)", async () => {
    const files = { "posts/stable.mdx": post({ tags: "[Ops]" }, '## Heading\n\n<Variant n={2} title="t">x</Variant>') };
    await buildCase("stable", files);
    const first = await readFile(path.join(ROOT, "stable", ".out", "allPosts.js"), "utf8");
    await new Promise((r) => setTimeout(r, 1100));
    await buildCase("stable", files);
    const second = await readFile(path.join(ROOT, "stable", ".out", "allPosts.js"), "utf8");
    expect(first).toContain('"slug": "stable"');
    expect(second).toBe(first);
  });

  it("reports every bad post, not only the first", async () => {
    const problems = await buildCase("several", {
      "posts/one.mdx": post({ title: "<omit>" }),
      "posts/two.mdx": post({ author: "nobody" }),
      "posts/fine.mdx": post({}),
    });
    expect(problems.some((p) => p.includes("posts/one.mdx"))).toBe(true);
    expect(problems.some((p) => p.includes("posts/two.mdx"))).toBe(true);
    expect(problems.some((p) => p.includes("posts/fine.mdx"))).toBe(false);
  });
});
