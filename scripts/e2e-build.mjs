// Production build of the site with the end-to-end content, into .next-e2e/.
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { assembleE2eContent, E2E_CONTENT_DIR } from "./e2e-content.mjs";

await assembleE2eContent();
await rm(".data-e2e", { recursive: true, force: true }); // every run starts with an empty enquiry store
console.log("e2e: next build (production) …");
const result = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: {
    ...process.env,
    CONTENT_DIR: E2E_CONTENT_DIR,
    NEXT_DIST_DIR: ".next-e2e",
    NEXT_TELEMETRY_DISABLED: "1",
    // Absolute URLs (feeds, canonical, og:image) must point at the server the tests talk to.
    SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT || 3210}`,
  },
});
process.exit(result.status ?? 1);
