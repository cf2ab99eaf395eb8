import type { GetStaticProps } from "next";
import { getPublishedSeries, getSeries, getSeriesParts } from "@/features/content/posts";
import { toListItem, toSeriesInfo, type PostListItem, type SeriesInfo } from "@/features/content/projections";
import { SeriesView } from "@/features/site/series-views";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = { series: SeriesInfo; posts: PostListItem[] };

export const getStaticPaths = () => ({
  paths: getPublishedSeries().map((series) => ({ params: { id: series.id } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { id: string }> = ({ params }) => {
  const series = getSeries(params!.id)!;
  return { props: { series: toSeriesInfo(series), posts: getSeriesParts(series.id).map(toListItem) } };
};

export default SeriesView;
