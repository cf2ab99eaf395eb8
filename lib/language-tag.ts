/**
 * A language tag in its canonical spelling ("fr-ca" → "fr-CA"), or undefined when it is not one: well-formed
 * BCP 47 with a language of two or three letters first (ISO 639), so "en_GB" and "french" are refused.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical && /^[a-z]{2,3}(?:-|$)/i.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}
