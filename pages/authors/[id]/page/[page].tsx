import type { GetStaticPaths, GetStaticProps } from "next";
import type { Author } from "@/features/content/posts";
import { AuthorView } from "@/features/site/listing-views";
import { authorLaterPages, authorListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { author: Author; listing: ListingPage };

export const getStaticPaths: GetStaticPaths = () => ({ paths: authorLaterPages(), fallback: false });

export const getStaticProps: GetStaticProps<Props, { id: string; page: string }> = ({ params }) => ({
  props: authorListing(params!.id, Number(params!.page)),
});

export default function AuthorPageN(props: Props) {
  return <AuthorView {...props} />;
}
