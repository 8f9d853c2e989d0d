import { expect, type Page } from "@playwright/test";
import { tr } from "./i18n";
import { startsWith, submitAndWait } from "./staff";

/** Adds a participation type on the event's types page, as staff do, in the page's language. */
export async function addParticipationType(
  page: Page,
  lang: string,
  eventId: number,
  t: { name: string; mode: "in-person" | "online"; capacity?: number; invitationOnly?: boolean },
) {
  await page.goto(`/${lang}/admin/events/${eventId}/types`);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: tr(lang, "admin:types.add"), exact: true }) });
  await form
    .getByRole("group", { name: startsWith(tr(lang, "admin:types.name")) })
    .getByLabel("English")
    .fill(t.name);
  await form.getByLabel(startsWith(tr(lang, "admin:types.mode"))).selectOption(t.mode);
  if (t.capacity) await form.getByLabel(tr(lang, "admin:types.capacity")).fill(String(t.capacity));
  if (t.invitationOnly) await form.getByLabel(tr(lang, "admin:types.invitationOnly")).check();
  await submitAndWait(page, form.getByRole("button", { name: tr(lang, "admin:types.add"), exact: true }));
  await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:types.done.saved"));
  // The type now has its own form; the one that adds comes back empty, so a second click adds no duplicate.
  await expect(page.getByRole("heading", { level: 2, name: t.name })).toBeVisible();
  await expect(form.getByRole("group", { name: startsWith(tr(lang, "admin:types.name")) }).getByLabel("English")).toHaveValue("");
  await expect(form.getByLabel(tr(lang, "admin:types.invitationOnly"))).not.toBeChecked();
}

/** Invites one person to an invitation-only type from the event's types page. */
export async function inviteOne(page: Page, lang: string, eventId: number, invitee: { type: string; email: string; name: string; lang: string }) {
  await page.goto(`/${lang}/admin/events/${eventId}/types`);
  const form = page.getByRole("form", { name: tr(lang, "admin:types.inviteOne") });
  await form.getByLabel(startsWith(tr(lang, "admin:types.type"))).selectOption({ label: invitee.type });
  await form.getByLabel(startsWith(tr(lang, "admin:desk.email"))).fill(invitee.email);
  await form.getByLabel(tr(lang, "admin:desk.name")).fill(invitee.name);
  await form.getByLabel(startsWith(tr(lang, "admin:types.inviteLang"))).selectOption(invitee.lang);
  await submitAndWait(page, form.getByRole("button", { name: tr(lang, "admin:types.sendInvitation") }));
  await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:types.invited", { count: 1 }));
  // The invitation is listed and the form is ready for the next person.
  await expect(page.getByRole("cell", { name: invitee.email, exact: true })).toBeVisible();
  await expect(form.getByLabel(startsWith(tr(lang, "admin:desk.email")))).toHaveValue("");
}
