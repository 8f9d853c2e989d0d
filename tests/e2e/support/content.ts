import type { Page } from "@playwright/test";
import { tr } from "./i18n";
import { startsWith } from "./staff";

/** The staff member's own language as the editor's language tabs name it. */
export const ownEndonym = (lang: string) => (lang === "ar" ? "العربية" : "English");

/**
 * Opens a new circular letter in the editor and fills it: slug, reference and date, the subject in
 * the languages given (by their endonym), and place, addressees and body in the staff member's own
 * language. Saving is left to the journey.
 */
export async function fillNewCircular(
  page: Page,
  lang: string,
  c: { slug: string; reference: string; date: string; subjects: Record<string, string>; body: string },
) {
  const own = ownEndonym(lang);
  await page.goto(`/${lang}/admin/content/circulars/new`);
  await page.getByLabel(startsWith(tr(lang, "admin:editor.slug"))).fill(c.slug);
  await page.getByLabel(startsWith(tr(lang, "admin:content.reference"))).fill(c.reference);
  await page.getByLabel(startsWith(tr(lang, "admin:content.issuedOn"))).fill(c.date);
  const subject = page.getByRole("group", { name: startsWith(tr(lang, "admin:content.subject")) });
  for (const [name, text] of Object.entries(c.subjects)) await subject.getByLabel(name).fill(text);
  for (const [label, text] of [
    ["admin:content.place", "Geneva"],
    ["circulars.addressees", "Member States"],
    ["admin:content.body", c.body],
  ] as const) {
    await page
      .getByRole("group", { name: startsWith(tr(lang, label)) })
      .getByLabel(own)
      .fill(text);
  }
}
