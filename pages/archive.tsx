import { getArchive } from "@/features/content/posts";
import { ArchiveView } from "@/features/site/archive-view";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = () => ({
  props: {
    years: getArchive().map(({ year, posts }) => ({
      year,
      posts: posts.map(({ slug, title, publishedAt }) => ({ slug, title, publishedAt })),
    })),
  },
});

export default ArchiveView;
