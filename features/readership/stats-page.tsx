import { DailyChart } from "./daily-chart";
import { formatRate, type Report } from "./report";

/** /stats: the report as a table, the daily chart and the top sources. Server-rendered, no script. */
export function StatsPage({ report }: { report: Report }) {
  const t = report.totals;
  return (
    <article className="stats">
      <h1>Readership</h1>
      <p>
        {report.from} to {report.to}: {t.views} views, {t.visitors} visitors, {t.enquiries} enquiries, {t.subscriptions}{" "}
        subscriptions ({formatRate(t.enquiriesPerThousandViews)} enquiries per 1,000 views).
        {t.refused > 0 ? ` ${t.refused} views were refused at the daily ceiling.` : ""}
      </p>
      <DailyChart daily={report.daily} paths={report.pages.map((p) => p.path)} from={report.from} to={report.to} />
      <table className="stats-table">
        <caption>Pages by views</caption>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Views</th>
            <th scope="col">Visitors</th>
            <th scope="col">Enquiries</th>
            <th scope="col">Subscriptions</th>
            <th scope="col">Enquiries per 1,000 views</th>
          </tr>
        </thead>
        <tbody>
          {report.pages.map((p) => (
            <tr key={p.path} data-path={p.path}>
              <th scope="row">
                <a href={p.path}>{p.title ?? p.path}</a>
              </th>
              <td>{p.views}</td>
              <td>{p.visitors}</td>
              <td>{p.enquiries}</td>
              <td>{p.subscriptions}</td>
              <td>{formatRate(p.enquiriesPerThousandViews)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="stats-table">
        <caption>Where readers came from</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Views</th>
          </tr>
        </thead>
        <tbody>
          {report.sources.map((s) => (
            <tr key={s.source} data-source={s.source}>
              <th scope="row">{s.source}</th>
              <td>{s.views}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
