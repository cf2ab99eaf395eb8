import { ogFonts } from "./fonts";
import { OgCard, OG_SIZE } from "./card";
import type { ComparisonRow } from "@/features/comparison/model";

export type OgInput = { title: string; summary?: string; rows?: readonly ComparisonRow[]; kicker?: string };

/**
 * Everything an ImageResponse needs for one card: the element and its options.
 * Kept free of Next so the benchmark can time the same work outside a build.
 */
export async function ogImageArgs(input: OgInput) {
  return {
    element: <OgCard {...input} />,
    options: { ...OG_SIZE, fonts: await ogFonts() },
  };
}
