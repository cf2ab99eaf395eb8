/**
 * Text as search compares it: compatibility forms unified (ｆｕｌｌ → full), accents dropped (Déploiement →
 * deploiement), case folded, runs of space made one. Scripts without spaces (運用) match as substrings.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("en")
    .replace(/\s+/g, " ")
    .trim();
}
