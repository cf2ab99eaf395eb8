// A tag's address segment, shared by the site (lib/site.ts) and the content build's corpus checks, which run
// in plain Node before anything is compiled.

/**
 * Keep letters of any script; fold case and whitespace so "Déploiement" → "déploiement", "運用" → "運用".
 * @param {string} tag
 * @returns {string}
 */
export function tagSlug(tag) {
  return tag
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .trim()
    .replace(/[\s_/]+/g, "-")
    .replace(/[^\p{L}\p{N}-]+/gu, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * How a tag is spelled once case and separators are set aside: two labels with the same slug but different
 * spellings ("C++" and "C#") are different tags that would share one page.
 * @param {string} tag
 * @returns {string}
 */
export function tagSpelling(tag) {
  return tag
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .trim()
    .replace(/[\s_/-]+/g, "-");
}
