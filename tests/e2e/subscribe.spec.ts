import { uniqueEmail, waitForDelivery } from "../helpers/fake-crm-client";
import { expect, test } from "./fixtures";

// Email subscription: the same outbox as enquiries, so a sign-up is stored, delivered to the CRM as an event of
// type "subscription", and retried like an enquiry. Everything here runs without JavaScript.
const waitForSubscription = (email: string) =>
  waitForDelivery(`the subscription of ${email}`, (r) => r.body?.subscription?.email === email);
const unique = uniqueEmail;

test.describe("email subscription", () => {
  test("from /subscribe without JavaScript: thanked, and the CRM gets a subscription event", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = unique("reader");
    await page.goto("/subscribe");
    const form = page.locator("#by-email");
    await form.getByLabel("Your email").fill(email);
    await form.getByLabel(/Send me each new post/).check();
    await page.waitForTimeout(2_100); // the form refuses posts faster than a person types
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL("/subscribe/thanks");
    await expect(page.locator("h1")).toHaveText("You are subscribed.");
    const delivery = await waitForSubscription(email);
    expect(delivery.destination).toBe("webhook");
    expect(delivery.signatureValid).toBe(true);
    expect(delivery.body.type).toBe("subscription");
    expect(delivery.body.subscription).toMatchObject({ email, consentVersion: expect.any(String) });
    await context.close();
  });

  test("after a post: the reader confirms once on /subscribe, then it is sent with the post as its source", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = unique("from-post");
    await page.goto("/log/deploiement-sans-racine");
    const offer = page.getByRole("region", { name: "Get new posts by email" });
    await offer.getByLabel("Your email").fill(email);
    await offer.getByLabel(/Send me each new post/).check();
    await offer.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/subscribe#by-email$/);
    await expect(page.getByRole("status")).toHaveText(`Almost there: press Subscribe to confirm ${email}.`);
    await expect(page.locator("#by-email").getByLabel("Your email")).toHaveValue(email);
    await page.waitForTimeout(2_100);
    await page.locator("#by-email").getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL("/subscribe/thanks");
    const delivery = await waitForSubscription(email);
    expect(delivery.body.subscription).toMatchObject({ sourceSlug: "deploiement-sans-racine" });
    await context.close();
  });

  test("a bad address comes back with messages and what was typed, and nothing is stored", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/subscribe");
    const form = page.locator("#by-email");
    await form.getByLabel("Your email").fill("not-an-address");
    await page.waitForTimeout(2_100);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/subscribe#by-email$/);
    await expect(form.locator(".field-error")).toHaveText([
      "Enter an email address like name@company.com",
      "Tick the box to get the posts by email",
    ]);
    await expect(form.getByLabel("Your email")).toHaveValue("not-an-address");
    await expect(form.getByLabel("Your email")).toHaveAttribute("aria-invalid", "true");
    // Shown once: the cookie that carried the messages is gone, so a reload shows a clean form.
    await page.reload();
    await expect(form.locator(".field-error")).toHaveCount(0);
    await context.close();
  });

  test("the JSON API: 422 with field messages, 422 without a form token", async ({ request }) => {
    const bad = await request.post("/api/subscribe", { data: { email: "x", consent: false } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors).toMatchObject({ email: expect.any(String), consent: expect.any(String) });
    const tokenless = await request.post("/api/subscribe", {
      data: { email: "a@example.com", consent: true, from: "x" },
    });
    expect(tokenless.status()).toBe(422);
  });
});
