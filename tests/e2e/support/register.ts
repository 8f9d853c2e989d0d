import type { ParsedMail } from "mailparser";
import { expect, type Page } from "@playwright/test";
import { tr } from "./i18n";
import { waitForEmail } from "./mail";
import { startsWith } from "./staff";

export type Person = {
  email: string;
  firstName: string;
  lastName: string;
  country?: string;
  delegate?: boolean;
  /** The participation type's name, where the form asks. */ type?: string;
};

/** Emails whose link has been followed already: a person registering twice proves each registration once. */
const followed = new Set<string>();

/** The link of the newest email asking `email` to prove their address, not yet followed. */
export async function proofLink(lang: string, email: string): Promise<string> {
  const mail = await waitForEmail(email, (m) => !followed.has(m.messageId ?? "") && (m.text ?? "").includes(tr(lang, "email:registrationVerify.button")));
  followed.add(mail.messageId ?? "");
  return manageLink(mail);
}

/** Proves the address as a registrant does: opens the emailed link, then presses the page's button. */
export async function proveAddress(page: Page, lang: string, email: string) {
  await page.goto(await proofLink(lang, email));
  await page.getByRole("button", { name: tr(lang, "manage.verifyButton") }).click();
  await expect(page.getByRole("status").first()).toHaveText(tr(lang, "manage.verified"));
}

/**
 * Fills and sends the registration form as a visitor would, in the page's language, then proves
 * the address by the emailed link (unless `prove` is false).
 */
export async function registerOnPage(page: Page, lang: string, slug: string, p: Person, { prove = true } = {}) {
  await page.goto(`/${lang}/events/${slug}`);
  await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(p.email);
  await page.getByLabel(startsWith(tr(lang, "register.firstName"))).fill(p.firstName);
  await page.getByLabel(startsWith(tr(lang, "register.lastName"))).fill(p.lastName);
  await page
    .getByLabel(startsWith(tr(lang, "register.organisation")))
    .first()
    .fill("Ministry of ICT");
  await page.getByLabel(startsWith(tr(lang, "register.jobTitle"))).fill("Director");
  await page.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("member-state");
  await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(p.country ?? "KE");
  if (p.delegate) await page.getByLabel(tr(lang, "register.governmentDelegate")).check();
  if (p.type) await page.getByRole("radio", { name: startsWith(p.type) }).check();
  else {
    // Where the form asks how one takes part and the journey does not say: the first way offered
    // (in person, at a hybrid event).
    const offered = page.locator('input[type="radio"][name="participationType"]');
    if (await offered.count()) await offered.first().check();
  }
  await page.getByLabel(tr(lang, "register.consent")).check();
  await page.getByRole("button", { name: new RegExp(`^(${tr(lang, "register.submit")}|${tr(lang, "register.submitWaiting")})$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "register.thanksTitle"));
  // The page of thanks opens at its content, not at the form's error summary it no longer has.
  expect(new URL(page.url()).hash).toBe("#main");
  if (prove) await proveAddress(page, lang, p.email);
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
