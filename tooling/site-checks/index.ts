import { checkApi } from "./api";
import { checkFeeds } from "./feeds";
import { checkLinks } from "./links";
import { checkMissingPage, checkPages } from "./pages";
import { createProbe } from "./probe";

/**
 * Read-only checks of a running site, shared by `npm run smoke` (a deployed
 * site) and `npm run verify` (the production build here). Each problem is one
 * line; an empty list means every check passed.
 */
export type SiteReport = { failures: string[]; pages: Map<string, string>; checked: number };

export async function checkSite(
  base: string,
  options: { log?: (line: string) => void; fetchTimeoutMs?: number } = {},
): Promise<SiteReport> {
  const probe = createProbe(base, options);
  const { pages, refs } = await checkPages(probe);
  await checkLinks(probe, refs, pages);
  await checkMissingPage(probe);
  await checkFeeds(probe);
  await checkApi(probe);
  return { failures: probe.failures, pages, checked: probe.requests() };
}
