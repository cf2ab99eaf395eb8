/**
 * What the build wrote and how each file is served: the one contract between the build step that writes the
 * artefacts (write-artefacts.ts) and the runtime that serves them (serve-artefact.ts), so the server never
 * imports the build script.
 */
export type ManifestEntry = { file: string; contentType: string; cacheControl: string; bytes: number };
export type Manifest = Record<string, ManifestEntry>;
export const MANIFEST_FILE = "manifest.json";

/** The key an artefact is found by: its decoded URL path, so /tags/運用/feed.xml and its %-encoded form agree. */
export function artefactKey(urlPath: string): string {
  return decodeURIComponent(urlPath);
}
