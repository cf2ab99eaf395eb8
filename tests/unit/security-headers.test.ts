import { afterEach, describe, expect, it, vi } from "vitest";

// next.config.mjs reads SITE_URL when it is loaded, as `next build` and `next start` load it.
async function loadHeaderNames(siteUrl: string): Promise<string[]> {
  vi.stubEnv("SITE_URL", siteUrl);
  vi.resetModules();
  const config = (await import("../../next.config.mjs")) as { securityHeaders: { key: string; value: string }[] };
  return config.securityHeaders.map((header) => `${header.key}: ${header.value}`);
}

describe("security headers", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("tells browsers to keep to https for two years when the site is served over https", async () => {
    const headers = await loadHeaderNames("https://log.example.com");
    expect(headers).toContain("Strict-Transport-Security: max-age=63072000; includeSubDomains");
  });

  it("never sends Strict-Transport-Security from an http site, where it would lock a local run out", async () => {
    const headers = await loadHeaderNames("http://127.0.0.1:3000");
    expect(headers.some((header) => header.startsWith("Strict-Transport-Security"))).toBe(false);
    expect(headers).toContain("X-Frame-Options: DENY");
  });
});
