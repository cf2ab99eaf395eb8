import type { GetStaticProps } from "next";
import { HomeView } from "@/features/site/listing-views";
import { homeListing, type ListingPage } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { listing: ListingPage };

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { listing: homeListing(1) } });

export default function HomePage({ listing }: Props) {
  return <HomeView listing={listing} />;
}
