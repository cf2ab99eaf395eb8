import type { GetStaticPaths, GetStaticProps } from "next";
import { HomeView } from "@/features/site/listing-views";
import { homeLaterPages, homeListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { listing: ListingPage };

// Page 1 lives at "/": /page/2 onwards are prerendered, anything else is the 404 page.
export const getStaticPaths: GetStaticPaths = () => ({ paths: homeLaterPages(), fallback: false });

export const getStaticProps: GetStaticProps<Props, { page: string }> = ({ params }) => ({
  props: { listing: homeListing(Number(params!.page)) },
});

export default function LogPage({ listing }: Props) {
  return <HomeView listing={listing} />;
}
