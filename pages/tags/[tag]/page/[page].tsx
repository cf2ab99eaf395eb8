import type { GetStaticPaths, GetStaticProps } from "next";
import type { TagSummary } from "@/features/content/posts";
import { TagView } from "@/features/site/listing-views";
import { tagLaterPages, tagListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { tag: TagSummary; listing: ListingPage };

export const getStaticPaths: GetStaticPaths = () => ({ paths: tagLaterPages(), fallback: false });

export const getStaticProps: GetStaticProps<Props, { tag: string; page: string }> = ({ params }) => ({
  props: tagListing(params!.tag, Number(params!.page)),
});

export default function TagPageN(props: Props) {
  return <TagView {...props} />;
}
