import AxeBuilder from "@axe-core/playwright";
import { received, uniqueEmail, waitForDelivery } from "../helpers/fake-crm-client";
import { fillValid, humanPause } from "../helpers/scaffold-form";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const LAUNCH_SLUG = "what-looks-correct-vs-what-actually-works";

const waitForEnquiry = (email: string) => waitForDelivery(email, (r) => r.body?.enquiry?.email === email);
const unique = uniqueEmail;

test.describe("Scaffold enquiries", () => {
  test("with JavaScript: sent without a reload, delivered to the CRM with its source", async ({ page }) => {
    const email = unique("js");
    await page.goto(`/scaffold?from=${LAUNCH_SLUG}`);
    await fillValid(page, email);
    await humanPause(page);
    let navigated = false;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigated = true;
    });
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByRole("status")).toContainText("Thank you — your enquiry is in.");
    expect(navigated).toBe(false);
    const delivery = await waitForEnquiry(email);
    expect(delivery.signatureValid).toBe(true);
    expect(delivery.body.enquiry).toMatchObject({
      name: "Grace Hopper",
      company: "Compiler Works",
      sourceSlug: LAUNCH_SLUG,
      interest: "build-conversation",
    });
    expect(delivery.body.enquiry?.consentText).toMatch(/^I agree that V8 Global may store/);
  });

  test("without JavaScript: a plain POST lands on the thank-you page and reaches the CRM", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = unique("nojs");
    await page.goto("/scaffold");
    await fillValid(page, email);
    await humanPause(page);
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page).toHaveURL("/scaffold/thanks");
    await expect(page.locator("h1")).toHaveText("Thank you — your enquiry is in.");
    await waitForEnquiry(email);
    await context.close();
  });

  test("without JavaScript: invalid input comes back with messages, focus and the typed values", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/scaffold");
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Work email").fill("ada-at-example");
    await page.getByLabel("Company").fill("Engines & Co <Ltd>");
    await page.getByLabel("Anything we should know?").fill("Line one\nLine two — keep me");
    await humanPause(page);
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page).toHaveURL(/\/scaffold$/);
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("There are 4 problems");
    await expect(summary).toContainText("Enter an email address like name@company.com");
    await expect(summary).toContainText("Tick the box to agree to be contacted");
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Lovelace");
    await expect(page.getByLabel("Work email")).toHaveValue("ada-at-example");
    await expect(page.getByLabel("Company")).toHaveValue("Engines & Co <Ltd>");
    await expect(page.getByLabel("Anything we should know?")).toHaveValue("Line one\nLine two — keep me");
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-describedby", "email-error");
    await expect(page.getByLabel("Work email")).toBeFocused();
    await context.close();
  });

  test("with JavaScript: inline errors, focus on the first, nothing sent", async ({ page }) => {
    const before = (await received()).length;
    await page.goto("/scaffold");
    await page.getByLabel("Your name").fill("Alan Turing");
    await page.getByLabel("Company").fill("Bletchley");
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator("#email-error")).toHaveText("Enter your work email");
    await expect(page.getByLabel("Work email")).toBeFocused();
    // The invalid field is marked visibly, not only for screen readers.
    await expect(page.getByLabel("Work email")).toHaveCSS("border-top-width", "2px");
    await expect(page.getByLabel("Work email")).toHaveCSS("border-top-color", "rgb(179, 38, 30)");
    await expect(page.getByLabel("Your name")).toHaveCSS("border-top-width", "1px");
    await expect(page.getByLabel("Your name")).toHaveValue("Alan Turing");
    await expect(page).toHaveURL("/scaffold");
    expect((await received()).length).toBe(before);
    // The form with its error summary and invalid fields shown passes axe too.
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });

  test("a submission faster than a person can type is refused with a message, input kept", async ({ page }) => {
    await page.goto("/scaffold");
    await fillValid(page, unique("fast"));
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator(".error-summary")).toContainText("faster than a person can type");
    await expect(page.getByLabel("Your name")).toHaveValue("Grace Hopper");
  });

  test("the honeypot: looks accepted, never delivered", async ({ page }) => {
    const email = unique("bot");
    await page.goto("/scaffold");
    await fillValid(page, email);
    await page.locator("#field-website").evaluate((el) => ((el as HTMLInputElement).value = "http://spam.example"));
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByRole("status")).toContainText("Thank you");
    await page.waitForTimeout(1_500); // two dispatcher ticks
    expect((await received()).some((r) => r.body?.enquiry?.email === email)).toBe(false);
  });

  test("the post's CTA leads to the form with its source", async ({ page }) => {
    await page.goto(`/log/${LAUNCH_SLUG}`);
    await page.locator(".post-footer .scaffold-cta a").click();
    await expect(page).toHaveURL(`/scaffold?from=${LAUNCH_SLUG}`);
    await expect(page.locator('input[name="from"]')).toHaveValue(LAUNCH_SLUG);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });
});

test.describe("POST /api/enquiry", () => {
  async function freshToken(page: Page) {
    await page.goto("/scaffold");
    const token = await page.locator('input[name="issued"]').inputValue();
    await humanPause(page);
    return token;
  }
  const body = (email: string, issued: string) => ({
    name: "Barbara Liskov",
    email,
    company: "Substitution Ltd",
    role: "CTO",
    interest: "membership",
    consent: true,
    issued,
  });

  test("JSON: 201 with an id; 422 with field errors; 415; 413", async ({ page, request }) => {
    const issued = await freshToken(page);
    const ok = await request.post("/api/enquiry", { data: body(unique("api"), issued) });
    expect(ok.status()).toBe(201);
    expect((await ok.json()).id).toMatch(/^[0-9a-f-]{36}$/);

    const bad = await request.post("/api/enquiry", { data: { ...body("nope", issued), interest: "lunch" } });
    expect(bad.status()).toBe(422);
    expect(await bad.json()).toEqual({
      errors: { email: "Enter an email address like name@company.com", interest: "Choose what you are interested in" },
    });

    const text = await request.post("/api/enquiry", { data: "hello", headers: { "content-type": "text/plain" } });
    expect(text.status()).toBe(415);
    const huge = await request.post("/api/enquiry", {
      data: { ...body(unique("big"), issued), message: "x".repeat(17_000) },
    });
    expect(huge.status()).toBe(413);
  });

  test("form-encoded: 303 to the thank-you page or back to the form", async ({ page, request }) => {
    const issued = await freshToken(page);
    const form = { ...body(unique("form"), issued), consent: "on" };
    const ok = await request.post("/api/enquiry", { form, maxRedirects: 0 });
    expect(ok.status()).toBe(303);
    expect(ok.headers()["location"]).toBe("/scaffold/thanks");
    const bad = await request.post("/api/enquiry", { form: { ...form, email: "" }, maxRedirects: 0 });
    expect(bad.status()).toBe(303);
    expect(bad.headers()["location"]).toBe("/scaffold");
    expect(bad.headers()["set-cookie"]).toMatch(
      /^scaffold-form\.0=[\w-]+\.[\w-]{43}; Path=\/scaffold; Max-Age=600; HttpOnly; SameSite=Lax/,
    );
  });

  test("a cross-site browser post is refused", async ({ request }) => {
    const response = await request.post("/api/enquiry", {
      form: { name: "x" },
      headers: { origin: "https://evil.example" },
    });
    expect(response.status()).toBe(403);
  });

  test("health: the public answer is its status alone; the details need the token", async ({ request }) => {
    const open = await request.get("/api/health");
    expect(open.status()).toBe(200);
    expect(await open.json()).toEqual({ status: "ok" });
    // A wrong token is refused outright: guessing gets a 401, not the public answer.
    const wrong = await request.get("/api/health", { headers: { authorization: "Bearer not-the-token-at-all" } });
    expect([wrong.status(), await wrong.json()]).toEqual([401, { status: "unauthorised" }]);
    const response = await request.get("/api/health", {
      headers: { authorization: "Bearer e2e-health-token-0123456789" },
    });
    expect(response.status()).toBe(200);
    const health = await response.json();
    expect(health).toMatchObject({
      status: "ok",
      problems: [],
      storage: { driver: "pglite", status: "ok" },
      destinations: ["webhook"],
    });
    expect(health.deliveries.delivered).toBeGreaterThan(0);
    expect(typeof health.deliveries.waiting).toBe("number");
  });
});
