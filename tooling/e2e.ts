// npm run test:e2e: a production build of the end-to-end content into .build/e2e/, then Playwright against it.
import { spawnSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { buildSite } from "./build-site";
import {
  assembleE2eContent,
  E2E_CONTENT_DIR,
  E2E_LATER_CLOCK,
  E2E_LATER_PORT,
  E2E_PORT,
  E2E_REVIEW_SECRET,
} from "./e2e-content";

await assembleE2eContent();
await rm(".data-e2e", { recursive: true, force: true }); // every run starts with an empty enquiry store
// Absolute URLs (feeds, canonical, og:image) must point at the server the tests talk to.
// The first build's clock is the real time, before the scheduled fixture; the second's is its very minute.
const first = await buildSite({
  name: "e2e",
  contentDir: E2E_CONTENT_DIR,
  env: { SITE_URL: `http://127.0.0.1:${E2E_PORT}`, REVIEW_SECRET: E2E_REVIEW_SECRET },
});
// What the build printed, for the tests of what it says (the scheduled posts, one line each).
await writeFile(`${first.distDir}/build-output.log`, first.output);
await buildSite({
  name: "e2e-later",
  contentDir: E2E_CONTENT_DIR,
  env: {
    SITE_URL: `http://127.0.0.1:${E2E_LATER_PORT}`,
    REVIEW_SECRET: E2E_REVIEW_SECRET,
    PUBLISH_AT: E2E_LATER_CLOCK,
  },
});
const playwright = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(playwright.status ?? 1);
