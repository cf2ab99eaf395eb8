/**
 * Keep only characters the bundled Inter files cover (Latin, Latin Extended,
 * general punctuation). For anything else — emoji, CJK — Satori would fetch a
 * font or image from a CDN during the build, which fails offline and makes the
 * build depend on the network.
 */
export function ogSafeText(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u2010-\u2027\u2030-\u205E\u20AC\u2122]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Shorten to at most `max` characters at a word boundary, ending in an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = ogSafeText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max * 0.6 ? cut.slice(0, atWord) : cut).replace(/[\s,.;:—-]+$/, "")}…`;
}

export const OG_MAX_ROWS = 3;
