import type { GetServerSideProps } from "next";
import { loadStats, type StatsProps } from "@/features/readership/load-stats";
import { StatsPage } from "@/features/readership/stats-page";
import { PageHead } from "@/features/site/page-head";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<StatsProps> = async ({ req, res, query }) => {
  const props = await loadStats(req, res, query.since);
  return props ? { props } : { notFound: true };
};

export default function Stats(props: StatsProps) {
  return (
    <>
      <PageHead title="Readership" noindex="nofollow" />
      {"report" in props ? <StatsPage report={props.report} /> : <p>The readership figures need the password.</p>}
    </>
  );
}
