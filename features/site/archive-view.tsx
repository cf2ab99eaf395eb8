import { ARCHIVE_PATH, postPath } from "@/lib/site";
import { FormattedDate } from "./formatted-date";
import { PageHead } from "./page-head";

export type ArchiveEntry = { slug: string; title: string; publishedAt: string };
export type ArchiveYearProps = { year: string; posts: ArchiveEntry[] };

/** /archive: every published post by year, title and date; one line each, so it stays light at 1000 posts. */
export function ArchiveView({ years }: { years: readonly ArchiveYearProps[] }) {
  const total = years.reduce((sum, year) => sum + year.posts.length, 0);
  return (
    <>
      <PageHead title="Archive" description="Every post on the Log, by year." canonical={ARCHIVE_PATH} />
      <h1 className="page-title">Archive</h1>
      <p>
        {total} {total === 1 ? "post" : "posts"}.
      </p>
      {years.map(({ year, posts }) => (
        <section key={year} className="archive-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="archive-list">
            {posts.map((post) => (
              <li key={post.slug}>
                <FormattedDate iso={post.publishedAt} /> <a href={postPath(post.slug)}>{post.title}</a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
