import { formatRate, type Report } from "./report";

const TOP_SOURCES_SHOWN = 10;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)));
  return [header, ...rows].map((cells) => line(cells).join("  ").trimEnd()).join("\n");
}

/** The report for a terminal: pages by views, the top sources, the totals. */
export function renderText(report: Report): string {
  const pages = report.pages.map((p) => [
    p.title ? `${p.path} (${p.title})` : p.path,
    String(p.views),
    String(p.visitors),
    String(p.enquiries),
    String(p.subscriptions),
    formatRate(p.enquiriesPerThousandViews),
  ]);
  const t = report.totals;
  const sources = report.sources.slice(0, TOP_SOURCES_SHOWN).map((s) => [s.source, String(s.views)]);
  return [
    `Readership ${report.from} – ${report.to}`,
    "",
    table(["page", "views", "visitors", "enquiries", "subscriptions", "enq/1k views"], pages),
    "",
    table(["source", "views"], sources),
    "",
    `total: ${t.views} views, ${t.visitors} visitors, ${t.enquiries} enquiries, ${t.subscriptions} subscriptions, ` +
      `${formatRate(t.enquiriesPerThousandViews)} enquiries per 1,000 views` +
      (t.refused > 0 ? `; ${t.refused} views refused at the daily ceiling` : ""),
  ].join("\n");
}
