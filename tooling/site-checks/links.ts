import type { Probe } from "./probe";

/** Every internal link, asset and image resolves; share images are PNGs with the security headers. */
export async function checkLinks(probe: Probe, refs: Set<string>, pages: Map<string, string>): Promise<void> {
  for (const ref of refs) {
    if (pages.has(ref)) continue;
    const response = await probe.get(ref);
    if (!response) continue;
    if (response.status >= 400) probe.fail(`${ref}: HTTP ${response.status} (linked from a page)`);
    else if (/opengraph-image/.test(ref)) {
      const type = response.headers.get("content-type");
      if (type !== "image/png") probe.fail(`${ref}: content-type ${type}, want image/png`);
      probe.checkHeaders(ref, response);
    }
    await response.body?.cancel().catch(() => undefined);
  }
}
