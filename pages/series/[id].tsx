import type { GetStaticProps } from "next";
import { getPublishedSeries, getSeries, getSeriesParts } from "@/features/content/posts";
import { toListItem } from "@/features/site/list-item";
import type { PostListItem } from "@/features/site/post-list";
import { SeriesView, type SeriesInfo } from "@/features/site/series-views";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { series: SeriesInfo; posts: PostListItem[] };

export const getStaticPaths = () => ({
  paths: getPublishedSeries().map((series) => ({ params: { id: series.id } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { id: string }> = ({ params }) => {
  const { id, title, summary } = getSeries(params!.id)!;
  return { props: { series: { id, title, summary }, posts: getSeriesParts(id).map(toListItem) } };
};

export default SeriesView;
