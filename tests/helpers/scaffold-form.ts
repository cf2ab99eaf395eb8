// Filling the Scaffold form as a person would, for the end-to-end specs.
import type { Page } from "@playwright/test";

export async function fillValid(page: Page, email: string) {
  await page.getByLabel("Your name").fill("Grace Hopper");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill("Compiler Works");
  await page.getByLabel("Your role").fill("Rear Admiral");
  await page.getByLabel("What are you interested in?").selectOption("build-conversation");
  await page.getByLabel("Anything we should know?").fill("We need the build conversation.");
  await page.getByLabel(/I agree that V8 Global may store/).check();
}

/** The form refuses submissions faster than 2 s after it was issued: wait like a person would. */
export const humanPause = (page: Page) => page.waitForTimeout(2_100);
