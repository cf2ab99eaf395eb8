import { TagView } from "@/features/site/listing-views";
import { tagRoutes } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths = tagRoutes.firstPaths;
export const getStaticProps = tagRoutes.firstProps;

export default TagView;
