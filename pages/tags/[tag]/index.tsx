import type { GetStaticPaths, GetStaticProps } from "next";
import { getTags, type TagSummary } from "@/features/content/posts";
import { TagView } from "@/features/site/listing-views";
import { tagListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { tag: TagSummary; listing: ListingPage };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getTags().map((tag) => ({ params: { tag: tag.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { tag: string }> = ({ params }) => ({
  props: tagListing(params!.tag, 1),
});

export default function TagPage(props: Props) {
  return <TagView {...props} />;
}
