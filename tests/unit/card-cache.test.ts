import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CardCache, cardKey, cardRendererVersion, isCompletePng } from "@/features/share-image/card-cache";
import { renderCardPng } from "@/features/share-image/render";

const dir = mkdtempSync(path.join(os.tmpdir(), "card-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = {
  kicker: "Operator's Log",
  title: "A post",
  rows: [{ surface: "Sandbox", looksCorrect: "Green", actuallyWorks: "Runs as a user" }],
};

describe("share card cache", () => {
  it("keys a card by its input and the renderer version", async () => {
    const version = await cardRendererVersion();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(cardKey(input, version)).toBe(cardKey({ ...input }, version));
    const edited = { ...input, rows: [{ ...input.rows[0]!, looksCorrect: "Green, edited" }] };
    expect(cardKey(edited, version)).not.toBe(cardKey(input, version));
    expect(cardKey(input, "another-renderer")).not.toBe(cardKey(input, version));
  });

  it("keeps a drawn card and hands it back byte for byte", async () => {
    const cache = new CardCache(dir);
    const png = await renderCardPng(input);
    expect(isCompletePng(png)).toBe(true);
    await cache.put("drawn", png);
    expect(Buffer.compare((await cache.get("drawn"))!, png)).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("never serves a torn or foreign file: it is deleted, to be drawn again", async () => {
    const cache = new CardCache(dir);
    const png = readFileSync(path.join(dir, "drawn.png"));
    writeFileSync(path.join(dir, "torn.png"), png.subarray(0, png.length - 20));
    writeFileSync(path.join(dir, "foreign.png"), "not a png at all, but long enough to pass a size check alone....");
    expect(await cache.get("torn")).toBeUndefined();
    expect(await cache.get("foreign")).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(["drawn.png"]);
  });

  it("prunes what the build did not use", async () => {
    const cache = new CardCache(dir);
    const png = readFileSync(path.join(dir, "drawn.png"));
    await cache.put("stale", png);
    expect(await cache.prune(new Set(["drawn"]))).toBe(1);
    expect(readdirSync(dir)).toEqual(["drawn.png"]);
  });
});

describe("a build with a card missing", () => {
  it("stops, naming the cards, rather than publish a post without its image", async () => {
    const { assertEveryCard } = await import("@/features/artefacts/write-artefacts");
    const artefact = (path: string) => ({ path, contentType: "image/png", cacheControl: "", render: async () => "" });
    const whole = await renderCardPng(input);
    const keyed = [
      { artefact: artefact("/log/a/opengraph-image"), key: "a" },
      { artefact: artefact("/log/b/opengraph-image"), key: "b" },
      { artefact: artefact("/log/c/opengraph-image"), key: "c" },
    ];
    expect(() =>
      assertEveryCard(
        keyed,
        new Map([
          ["a", whole],
          ["b", whole],
          ["c", whole],
        ]),
      ),
    ).not.toThrow();
    const torn = whole.subarray(0, whole.length - 12);
    expect(() =>
      assertEveryCard(
        keyed,
        new Map([
          ["a", whole],
          ["c", torn],
        ]),
      ),
    ).toThrow("artefacts: 2 share card(s) missing or not a whole PNG: /log/b/opengraph-image, /log/c/opengraph-image");
  });
});
