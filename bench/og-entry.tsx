// Bundled by bench/og.ts: renders share images with the same element and options the build uses.
import { ImageResponse } from "next/og";
import { ogImageArgs, type OgInput } from "@/features/share-image/render";

export async function renderOgPng(input: OgInput): Promise<number> {
  const { element, options } = await ogImageArgs(input);
  const png = await new ImageResponse(element, options).arrayBuffer();
  return png.byteLength;
}
