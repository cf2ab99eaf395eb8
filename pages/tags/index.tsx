import { getTags, type TagSummary } from "@/features/content/posts";
import { TagIndexView } from "@/features/site/tag-index-view";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = () => ({ props: { tags: getTags() as TagSummary[] } });

export default TagIndexView;
