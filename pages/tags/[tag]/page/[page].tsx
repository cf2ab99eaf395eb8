import { TagView } from "@/features/site/listing-views";
import { tagRoutes } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths = tagRoutes.laterPaths;
export const getStaticProps = tagRoutes.laterProps;

export default TagView;
