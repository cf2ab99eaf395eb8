import type { DailyViews } from "./store/read-figures";
import { daysBefore } from "./visitor";

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 20 };
/** Lines drawn: the most viewed pages; the table lists them all. */
export const CHART_SERIES = 5;

/** Every day from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = to; day >= from; day = daysBefore(day, 1)) days.unshift(day);
  return days;
}

/**
 * Daily views of the most viewed pages as an inline SVG: one line per page, coloured by the stylesheet
 * (.stats-line-N), so the page needs neither script nor inline style. The table beside it has the numbers.
 */
export function DailyChart({
  daily,
  paths,
  from,
  to,
}: {
  daily: DailyViews[];
  paths: string[];
  from: string;
  to: string;
}) {
  const days = daysBetween(from, to);
  const shown = paths.slice(0, CHART_SERIES);
  const views = new Map(daily.map((row) => [`${row.day} ${row.path}`, row.views]));
  const top = Math.max(1, ...daily.filter((row) => shown.includes(row.path)).map((row) => row.views));
  const x = (i: number) => PAD.left + (days.length > 1 ? (i / (days.length - 1)) * (WIDTH - PAD.left - PAD.right) : 0);
  const y = (n: number) => PAD.top + (1 - n / top) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <figure className="stats-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="stats-chart-title">
        <title id="stats-chart-title">{`Daily views from ${from} to ${to} of the ${shown.length} most viewed pages`}</title>
        <line className="stats-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <text className="stats-tick" x={PAD.left - 4} y={y(top) + 4} textAnchor="end">
          {top}
        </text>
        <text className="stats-tick" x={PAD.left - 4} y={y(0)} textAnchor="end">
          0
        </text>
        <text className="stats-tick" x={x(0)} y={HEIGHT - 4}>
          {from}
        </text>
        <text className="stats-tick" x={x(days.length - 1)} y={HEIGHT - 4} textAnchor="end">
          {to}
        </text>
        {shown.map((path, series) => (
          <polyline
            key={path}
            className={`stats-line stats-line-${series + 1}`}
            data-path={path}
            points={days
              .map((day, i) => `${x(i).toFixed(1)},${y(views.get(`${day} ${path}`) ?? 0).toFixed(1)}`)
              .join(" ")}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="stats-legend">
          {shown.map((path, series) => (
            <li key={path}>
              <span className={`stats-swatch stats-line-${series + 1}`} aria-hidden="true" /> {path}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
