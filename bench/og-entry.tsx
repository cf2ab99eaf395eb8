// Bundled by bench/og.mjs: renders share images with the same element and options the build uses.
import { ImageResponse } from "next/og";
import { ogImageArgs, type OgInput } from "@/lib/og/render";

export async function renderOgPng(input: OgInput): Promise<number> {
  const { element, options } = await ogImageArgs(input);
  const png = await new ImageResponse(element, options).arrayBuffer();
  return png.byteLength;
}
