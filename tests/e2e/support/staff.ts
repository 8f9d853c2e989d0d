import type { Page } from "@playwright/test";
import { STAFF_PASSWORD } from "./env";
import { tr } from "./i18n";

export async function signInAs(page: Page, lang: string, email: string) {
  await page.goto(`/${lang}/admin/sign-in`);
  await page.getByLabel(tr(lang, "admin:signIn.email")).fill(email);
  await page.getByLabel(tr(lang, "admin:signIn.password")).fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: tr(lang, "admin:signIn.submit") }).click();
  await page.waitForURL(new RegExp(`/${lang}/admin$`));
}

/** Matches an accessible name that begins with a label (required fields add a marker after it). */
export function startsWith(label: string) {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}
