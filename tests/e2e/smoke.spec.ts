import { expect, test } from "./fixtures";
import { spawnSync } from "node:child_process";

const BASE = `http://127.0.0.1:${process.env.E2E_PORT || 3210}`;
const CRM = `http://127.0.0.1:${process.env.E2E_CRM_PORT || 3290}`;

function smoke(base: string) {
  const result = spawnSync("npx", ["tsx", "tooling/smoke.ts", base], { encoding: "utf8", timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

test.describe("npm run smoke", () => {
  test.setTimeout(120_000);

  test("passes against the production server, and creates no enquiry", async ({ request }) => {
    // The details of /api/health need its token; its verdict is kept 5 s, so the second reading waits that long.
    const headers = { authorization: "Bearer e2e-health-token-0123456789" };
    const before = (await (await request.get("/api/health", { headers })).json()).deliveries;
    const { code, output } = smoke(BASE);
    expect(output).toMatch(/smoke: \d+ pages, \d+ requests, 0 failure\(s\)/);
    expect(code).toBe(0);
    await new Promise((r) => setTimeout(r, 5_100));
    const after = (await (await request.get("/api/health", { headers })).json()).deliveries;
    expect(after.waiting + after.delivered + after.dead).toBe(before.waiting + before.delivered + before.dead);
  });

  test("fails, listing what is wrong, against something that is not the site", () => {
    const { code, output } = smoke(CRM); // the fake CRM answers 404 to every page
    expect(code).toBe(1);
    expect(output).toContain(`✗ ${CRM}/sitemap.xml: HTTP 404`);
    expect(output).toContain("/api/health: HTTP 404");
  });
});
