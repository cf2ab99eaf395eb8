import { ImageResponse } from "next/og";
import { OG_SIZE } from "@/features/share-image/card";
import { ogImageArgs } from "@/features/share-image/render";
import { site } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = `${site.name}: ${site.description}`;

export default async function SiteImage() {
  const { element, options } = await ogImageArgs({
    title: site.name,
    summary: site.description,
    kicker: site.publisher,
  });
  return new ImageResponse(element, options);
}
