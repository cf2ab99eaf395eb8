import { COMPARISON_HEADERS, type ComparisonRow } from "./model";

type ComparisonProps = {
  rows: readonly ComparisonRow[];
  caption?: string;
};

/**
 * The looks-correct vs actually-works table. A real <table> so that feeds,
 * screen readers and copy-paste keep its structure; narrow screens restack it
 * with CSS alone (see .comparison in globals.css), using each cell's data-label.
 */
export function Comparison({ rows, caption }: ComparisonProps) {
  return (
    <figure className="comparison not-prose">
      <table>
        <caption>{caption ?? "What looked correct, and what actually worked"}</caption>
        <thead>
          <tr>
            {COMPARISON_HEADERS.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.surface}>
              <th scope="row" data-label={COMPARISON_HEADERS[0]}>
                {row.surface}
              </th>
              <td data-label={COMPARISON_HEADERS[1]}>{row.looksCorrect}</td>
              <td data-label={COMPARISON_HEADERS[2]}>{row.actuallyWorks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
