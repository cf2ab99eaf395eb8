import { AuthorView } from "@/features/site/listing-views";
import { authorRoutes } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths = authorRoutes.firstPaths;
export const getStaticProps = authorRoutes.firstProps;

export default AuthorView;
