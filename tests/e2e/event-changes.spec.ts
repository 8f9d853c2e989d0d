import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith } from "./support/staff";

// The secretariat moves an event's room, then calls the event off: its registrant is told each time, in
// their own language, and their page stops handing out the code for the door.
for (const { lang, js } of [
  { lang: "fr", js: true },
  { lang: "ar", js: false },
]) {
  test(`a registrant hears of a new venue and of the cancellation, and their page takes back the code (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
    page,
  }) => {
    test.setTimeout(90_000);
    const title = `Changes workshop ${lang}`;
    const shown = lang === "ar" ? `${title} (ع)` : title;
    const { slug, id } = await createOpenEvent(browser, { slug: `changes-${lang}`, title, format: "in-person" });
    const email = `changes-${lang}@example.org`;
    const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await registerOnPage(visitor, lang, slug, { email, firstName: "Leila", lastName: "Haddad" });
    const manage = new URL(visitor.url()).pathname;
    await expect(visitor.getByTestId("check-in-code")).toHaveCount(1);

    // The staff member works in the same language, and is told how many were emailed.
    await signInAs(page, lang, "admin@example.org");
    await page.goto(`/${lang}/admin/events/${id}`);
    const venue = page.getByRole("group", { name: startsWith(tr(lang, "events.venue")) }).getByLabel("English");
    await venue.fill("Geneva, CICG");
    await page.getByRole("button", { name: tr(lang, "admin:editor.save") }).click();
    await expect(page.getByRole("status").first()).toHaveText(tr(lang, "admin:editor.told", { count: 1 }));

    // The notice names the new room and the old one, in the registrant's language.
    const changed = await waitForEmail(email, (m) => m.subject === tr(lang, "email:eventChanged.subject", { event: shown }));
    expect(changed.text).toContain(tr(lang, "email:eventChanged.venue", { venue: "Geneva, CICG", before: "Online" }));

    await page.getByLabel(startsWith(tr(lang, "admin:editor.status"))).selectOption("cancelled");
    await page.getByRole("button", { name: tr(lang, "admin:editor.save") }).click();
    await expect(page.getByRole("status").first()).toHaveText(tr(lang, "admin:editor.told", { count: 1 }));
    const cancelled = await waitForEmail(email, (m) => m.subject === tr(lang, "email:eventCancelled.subject", { event: shown }));
    expect(cancelled.text).not.toContain(tr(lang, "email:registration.checkIn"));

    // The registrant's own page: cancelled, with no code for the door.
    await visitor.goto(manage);
    await expect(visitor.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.cancelled"));
    await expect(visitor.getByTestId("check-in-code")).toHaveCount(0);
    await visitor.context().close();
  });
}
