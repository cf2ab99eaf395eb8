// The site's colours, in one place: the stylesheet's custom properties (written from here into
// styles/palette.css by next.config.mjs), the share card, and the browser's theme colour.

/** Light and dark, the same names in both; each becomes a custom property (--accent-fg for accentFg). */
export const PALETTE = {
  light: {
    bg: "#fbfaf7",
    fg: "#1b1d21",
    muted: "#555b66",
    rule: "#dcd8cf",
    accent: "#8a3b12",
    accentFg: "#ffffff",
    panel: "#f1eee7",
    looks: "#7a5b00",
    works: "#1d6b3a",
    focus: "#1a56db",
  },
  dark: {
    bg: "#14161a",
    fg: "#e8e6e1",
    muted: "#a7adb8",
    rule: "#343842",
    accent: "#f0a36b",
    accentFg: "#14161a",
    panel: "#1d2026",
    looks: "#e3c15a",
    works: "#7fd69c",
    focus: "#8ab4ff",
  },
};

/** @param {Record<string, string>} colours */
const declarations = (colours, indent) =>
  Object.entries(colours)
    .map(([name, value]) => `${indent}--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join("\n");

/**
 * The custom properties, switched by prefers-color-scheme: CSS only, so the first paint is already right.
 * @returns {string}
 */
export function paletteStylesheet() {
  return [
    "/* Written by next.config.mjs from lib/palette.mjs: edit the colours there. */",
    `:root {\n${declarations(PALETTE.light, "  ")}\n  color-scheme: light dark;\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root {\n${declarations(PALETTE.dark, "    ")}\n  }\n}`,
    "",
  ].join("\n\n");
}
