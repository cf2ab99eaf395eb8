import { csvCell } from "@/lib/csv";
import type { Report } from "./report";

/** One row per page for the period, the columns of the text report. */
export function renderCsv(report: Report): string {
  const header = [
    "from",
    "to",
    "path",
    "title",
    "views",
    "visitors",
    "enquiries",
    "subscriptions",
    "enquiries_per_1000_views",
  ];
  const rows = report.pages.map((p) => [
    report.from,
    report.to,
    p.path,
    p.title,
    p.views,
    p.visitors,
    p.enquiries,
    p.subscriptions,
    p.enquiriesPerThousandViews,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
}
