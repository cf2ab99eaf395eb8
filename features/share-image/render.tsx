import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { OgCard, OG_SIZE, type CardProps } from "./card";
import { ogFonts } from "./fonts";

/** A card's whole input, already fitted (fit.ts): the cache keys cards by it. */
export type OgInput = CardProps;

/**
 * One card as PNG bytes. Satori lays the card out as SVG (about 45 ms here), resvg draws it. These are the two
 * engines inside next/og, at the versions Next 16.4 bundles (satori 0.29.0, resvg 2.4.1), but with resvg's native
 * build instead of its WASM one: 82 ms against 330 ms a card on this machine (docs/decisions/0002-…). No font or
 * emoji is ever fetched: text outside the bundled fonts is dropped before layout (text.ts).
 */
export async function renderCardPng(input: OgInput): Promise<Buffer> {
  const svg = await satori(<OgCard {...input} />, { ...OG_SIZE, fonts: await ogFonts() });
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}
