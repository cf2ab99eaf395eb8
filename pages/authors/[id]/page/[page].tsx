import { AuthorView } from "@/features/site/listing-views";
import { authorRoutes } from "@/features/site/listings";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths = authorRoutes.laterPaths;
export const getStaticProps = authorRoutes.laterProps;

export default AuthorView;
