import type { GetStaticPaths, GetStaticProps } from "next";
import { getAuthors, type Author } from "@/features/content/posts";
import { AuthorView } from "@/features/site/listing-views";
import { authorListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { author: Author; listing: ListingPage };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getAuthors().map((author) => ({ params: { id: author.id } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { id: string }> = ({ params }) => ({
  props: authorListing(params!.id, 1),
});

export default function AuthorPage(props: Props) {
  return <AuthorView {...props} />;
}
