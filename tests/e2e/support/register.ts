import type { ParsedMail } from "mailparser";
import { expect, type Page } from "@playwright/test";
import { tr } from "./i18n";
import { startsWith } from "./staff";

export type Person = { email: string; firstName: string; lastName: string; country?: string; delegate?: boolean };

/** Fills and sends the registration form as a visitor would, in the page's language. */
export async function registerOnPage(page: Page, lang: string, slug: string, p: Person) {
  await page.goto(`/${lang}/events/${slug}`);
  await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(p.email);
  await page.getByLabel(startsWith(tr(lang, "register.firstName"))).fill(p.firstName);
  await page.getByLabel(startsWith(tr(lang, "register.lastName"))).fill(p.lastName);
  await page.getByLabel(startsWith(tr(lang, "register.organisation"))).first().fill("Ministry of ICT");
  await page.getByLabel(startsWith(tr(lang, "register.jobTitle"))).fill("Director");
  await page.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("member-state");
  await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(p.country ?? "KE");
  if (p.delegate) await page.getByLabel(tr(lang, "register.governmentDelegate")).check();
  await page.getByLabel(tr(lang, "register.consent")).check();
  await page.getByRole("button", { name: new RegExp(`^(${tr(lang, "register.submit")}|${tr(lang, "register.submitWaiting")})$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "register.thanksTitle"));
}

export function manageLink(mail: ParsedMail): string {
  const match = (mail.text ?? "").match(/https?:\/\/[^\s]+\/registrations\/[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error("No manage link in the email");
  return new URL(match[0]).pathname;
}

export function calendarOf(mail: ParsedMail): string {
  const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!ics) throw new Error("No calendar attachment");
  return ics.content.toString("utf8");
}
