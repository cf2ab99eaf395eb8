// Production build of the site with the end-to-end content, into .next-e2e/.
import { spawnSync } from "node:child_process";
import { assembleE2eContent, E2E_CONTENT_DIR } from "./e2e-content.mjs";

await assembleE2eContent();
console.log("e2e: next build (production) …");
const result = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
