import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec imports `test` from here: it records Content-Security-Policy violations on every page any
 * context of the test opens (Chromium reports each as a console error) and fails the test on any.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = (ctx: BrowserContext) =>
        ctx.on("console", (message) => {
          if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
            violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
          }
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watch(created);
        return created;
      };
      await use(violations);
      browser.newContext = newContext;
      expect(violations, "CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
