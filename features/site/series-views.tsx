import { postPath, seriesPath } from "@/lib/site";
import { PageHead } from "./page-head";
import type { PostListItem, SeriesInfo, SeriesPart } from "@/features/content/projections";
import { PostList } from "./post-list";

/** At the top of a post in a series: where it sits, and the other parts to read. */
export function SeriesBox({
  series,
  parts,
  current,
}: {
  series: SeriesInfo;
  parts: readonly SeriesPart[];
  current: string;
}) {
  const index = parts.findIndex((part) => part.slug === current);
  return (
    <nav className="series-box" aria-label={`Series: ${series.title}`}>
      <p className="series-box-title">
        Part {index + 1} of {parts.length} in <a href={seriesPath(series.id)}>{series.title}</a>
      </p>
      <ol>
        {parts.map((part) => (
          <li key={part.slug}>
            {part.slug === current ? (
              <span aria-current="page">{part.title}</span>
            ) : (
              <a href={postPath(part.slug)}>{part.title}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** /series/<id>: the series' summary and its parts in order. */
export function SeriesView({ series, posts }: { series: SeriesInfo; posts: readonly PostListItem[] }) {
  return (
    <>
      <PageHead title={series.title} description={series.summary} canonical={seriesPath(series.id)} />
      <p className="page-kicker">
        Series · {posts.length} {posts.length === 1 ? "part" : "parts"}
      </p>
      <h1 className="page-title">{series.title}</h1>
      <p>{series.summary}</p>
      <PostList posts={posts} ordered />
    </>
  );
}
