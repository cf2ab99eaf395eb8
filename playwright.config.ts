import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tooling/chromium";
import { E2E_STATS_PASSWORD } from "./tooling/e2e-content";

const port = Number(process.env.E2E_PORT || 3210);
export const FAKE_CRM_PORT = Number(process.env.E2E_CRM_PORT || 3290);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      // The CRM the enquiries go to: a fake on loopback that records what it receives.
      command: `npx tsx tooling/fake-crm.ts --port ${FAKE_CRM_PORT}`,
      url: `http://127.0.0.1:${FAKE_CRM_PORT}/__received`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The production build made by `npm run test:e2e` (tooling/e2e.ts), never the dev server.
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_DIST_DIR: ".build/e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: ".data-e2e",
        CRM_WEBHOOK_URL: `http://127.0.0.1:${FAKE_CRM_PORT}/webhook`,
        CRM_WEBHOOK_SECRET: "fake-crm-webhook-secret-0123456789",
        ENQUIRY_RATE_LIMIT: "100",
        DELIVERY_INTERVAL_MS: "500",
        HEALTH_TOKEN: "e2e-health-token-0123456789",
        STATS_PASSWORD: E2E_STATS_PASSWORD,
      },
    },
  ],
});
