/**
 * The share image, for Satori: flexbox only, and every element with more than one child sets display:flex.
 * Feeds and timelines show it about 500 px wide, so nothing on it is smaller than 28 px at 1200×630 (about
 * 12 px as seen). The text arrives already fitted (fit.ts): this component only draws.
 */
import { COMPARISON_HEADERS } from "@/features/comparison/model";
import { PALETTE } from "@/lib/palette.mjs";

/** The stylesheet's light colours: a card is an image, with no colour scheme of its own. */
const colors = PALETTE.light;

export const OG_SIZE = { width: 1200, height: 630 } as const;
/** The smallest text on a card, in px at 1200×630. */
export const OG_MIN_FONT_PX = 28;

export type CardRow = { surface: string; looksCorrect: string; actuallyWorks: string };
export type CardProps = { title: string; summary?: string; rows?: readonly CardRow[]; kicker: string; byline?: string };

export function OgCard({ title, summary, rows = [], kicker, byline }: CardProps) {
  const withTable = rows.length > 0;
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
        padding: "30px 48px 34px",
        borderTop: `12px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: OG_MIN_FONT_PX, fontWeight: 700 }}>
        <div style={{ display: "flex", color: colors.accent }}>{kicker}</div>
        {byline && <div style={{ display: "flex", color: colors.muted, fontWeight: 400 }}>{byline}</div>}
      </div>
      <div
        style={{
          display: "flex",
          marginTop: 12,
          fontSize: withTable ? (rows.length >= 3 ? 40 : 46) : 62,
          fontWeight: 700,
          lineHeight: 1.15,
        }}
      >
        {title}
      </div>
      {withTable ? <CardTable rows={rows} /> : <CardSummary summary={summary ?? ""} />}
    </div>
  );
}

function CardSummary({ summary }: { summary: string }) {
  return (
    <div style={{ display: "flex", marginTop: 26, fontSize: 34, lineHeight: 1.35, color: colors.muted }}>{summary}</div>
  );
}

export const CARD_COLUMNS = [
  { label: COMPARISON_HEADERS[0], width: 250, color: colors.fg },
  { label: COMPARISON_HEADERS[1], width: 419, color: colors.looks },
  { label: COMPARISON_HEADERS[2], width: 435, color: colors.works },
] as const;

function CardTable({ rows }: { rows: readonly CardRow[] }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: 18, borderTop: `3px solid ${colors.fg}` }}>
      <div style={{ display: "flex", background: colors.panel }}>
        {CARD_COLUMNS.map((c) => (
          <div
            key={c.label}
            style={{
              display: "flex",
              width: c.width,
              padding: "4px 14px",
              fontSize: OG_MIN_FONT_PX,
              fontWeight: 700,
              color: c.color,
            }}
          >
            {c.label}
          </div>
        ))}
      </div>
      {rows.map((row) => (
        <div key={row.surface} style={{ display: "flex", borderTop: `2px solid ${colors.rule}` }}>
          {[row.surface, row.looksCorrect, row.actuallyWorks].map((text, c) => (
            <div
              key={CARD_COLUMNS[c]!.label}
              style={{
                display: "flex",
                width: CARD_COLUMNS[c]!.width,
                padding: "6px 14px",
                fontSize: OG_MIN_FONT_PX,
                lineHeight: 1.2,
                fontWeight: c === 0 ? 700 : 400,
              }}
            >
              {text}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
