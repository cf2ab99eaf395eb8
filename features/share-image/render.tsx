import { ImageResponse } from "next/og";
import type { ComparisonRow } from "@/features/comparison/model";
import { OgCard, OG_SIZE } from "./card";
import { ogFonts } from "./fonts";

export type OgInput = { title: string; summary?: string; rows?: readonly ComparisonRow[]; kicker?: string };

/** Everything an ImageResponse needs for one card: the element and its options. */
export async function ogImageArgs(input: OgInput) {
  return {
    element: <OgCard {...input} />,
    options: { ...OG_SIZE, fonts: await ogFonts() },
  };
}

/** One card as PNG bytes: Satori lays it out, the rasteriser draws it. */
export async function renderCardPng(input: OgInput): Promise<Buffer> {
  const { element, options } = await ogImageArgs(input);
  return Buffer.from(await new ImageResponse(element, options).arrayBuffer());
}
