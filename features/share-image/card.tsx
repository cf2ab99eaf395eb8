import type { ComparisonRow } from "@/features/comparison/model";
import { OG_MAX_ROWS, truncate } from "./text";

/**
 * The share image, for Satori (next/og): flexbox only, and every element with
 * more than one child sets display:flex. One component draws every post's
 * card, so a design change is one edit here.
 */
const colors = {
  bg: "#fbfaf7",
  fg: "#1b1d21",
  muted: "#555b66",
  rule: "#dcd8cf",
  accent: "#8a3b12",
  looks: "#7a5b00",
  works: "#1d6b3a",
  panel: "#f1eee7",
};

export const OG_SIZE = { width: 1200, height: 630 } as const;

type OgCardProps = { title: string; summary?: string; rows?: readonly ComparisonRow[]; kicker?: string };

export function OgCard({ title, summary, rows = [], kicker = "Operator's Log" }: OgCardProps) {
  const shown = rows.slice(0, OG_MAX_ROWS);
  const withTable = shown.length > 0;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: colors.bg,
        color: colors.fg,
        fontFamily: "Inter",
        padding: "40px 56px",
        borderTop: `14px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 24, fontWeight: 700, color: colors.accent, letterSpacing: 1 }}>
        {kicker.toUpperCase()}
      </div>
      <div
        style={{
          display: "flex",
          marginTop: 14,
          fontSize: withTable ? 44 : 64,
          fontWeight: 700,
          lineHeight: 1.15,
          maxHeight: withTable ? 104 : 300,
          overflow: "hidden",
        }}
      >
        {truncate(title, withTable ? 88 : 120)}
      </div>
      {withTable ? <OgTable rows={shown} /> : <OgSummary summary={summary ?? ""} />}
    </div>
  );
}

function OgSummary({ summary }: { summary: string }) {
  return (
    <div
      style={{
        display: "flex",
        marginTop: 28,
        fontSize: 32,
        lineHeight: 1.4,
        color: colors.muted,
        maxHeight: 180,
        overflow: "hidden",
      }}
    >
      {truncate(summary, 180)}
    </div>
  );
}

const columns = [
  { label: "Surface", width: 250, color: colors.fg },
  { label: "Looks correct", width: 410, color: colors.looks },
  { label: "Actually works", width: 424, color: colors.works },
] as const;

function OgTable({ rows }: { rows: readonly ComparisonRow[] }) {
  const cellMax = rows.length >= 3 ? 92 : 130;
  const rowHeight = rows.length >= 3 ? 98 : 140;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        marginTop: 28,
        border: `2px solid ${colors.rule}`,
        borderRadius: 10,
      }}
    >
      <div style={{ display: "flex", background: colors.panel, borderBottom: `2px solid ${colors.fg}` }}>
        {columns.map((c) => (
          <div
            key={c.label}
            style={{
              display: "flex",
              width: c.width,
              padding: "10px 16px",
              fontSize: 20,
              fontWeight: 700,
              color: c.color,
            }}
          >
            {c.label.toUpperCase()}
          </div>
        ))}
      </div>
      {rows.map((row, i) => (
        <div
          key={row.surface}
          style={{
            display: "flex",
            height: rowHeight,
            borderTop: i === 0 ? "none" : `1px solid ${colors.rule}`,
            overflow: "hidden",
          }}
        >
          {[truncate(row.surface, 48), truncate(row.looksCorrect, cellMax), truncate(row.actuallyWorks, cellMax)].map(
            (text, c) => (
              <div
                key={columns[c]!.label}
                style={{
                  display: "flex",
                  width: columns[c]!.width,
                  padding: "10px 16px",
                  fontSize: 21,
                  lineHeight: 1.3,
                  fontWeight: c === 0 ? 700 : 400,
                  overflow: "hidden",
                }}
              >
                {text}
              </div>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
