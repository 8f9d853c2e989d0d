import { expect, test } from "@playwright/test";
import { db, designateFocalPoint, signInAsFocalPoint } from "./support/focal-point";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { createOpenEvent } from "./support/staff";

// A government's endorsement published on the portal is its focal point's to withdraw: one they made
// themselves has no emailed withdraw link, so before this it stayed public in the government's name.
for (const { lang, country, fpName } of [
  { lang: "fr", country: "LU", fpName: "Claire Weber" },
  { lang: "ar", country: "QA", fpName: "ليلى حداد" },
]) {
  test(`the focal point endorses for the government, withdraws it, and the country's page and the endorsers no longer show it (${lang})`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const iso = country.toLowerCase();
    const fpEmail = `focal-withdraw-${iso}@example.gov`;
    const staffPage = await (await browser.newContext()).newPage();
    await designateFocalPoint(staffPage, lang, { country, name: fpName, email: fpEmail });
    const fpPage = await (await browser.newContext()).newPage();
    await signInAsFocalPoint(fpPage, lang, fpEmail);
    await expect(fpPage.getByText(tr(lang, "focalPoint.nonePublished"))).toBeVisible();
    await fpPage.locator('button[value="endorse"]').first().click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.endorse"));

    const published = fpPage.locator("[data-published-endorsement]");
    await expect(published).toHaveCount(1);
    await expect(published).toContainText("COP29");
    const id = Number(await published.getAttribute("data-published-endorsement"));
    const endorsed = async () => (await request.get(`/${lang}/member-states/${iso}`)).text();
    expect(await endorsed()).toContain('data-endorsed="true"');
    const endorsers = async () => (await request.get(`/${lang}/declarations/cop29-declaration/endorsers.json`)).text();
    expect(await endorsers()).toContain(`"country":"${country}"`);

    await published.getByRole("button", { name: tr(lang, "focalPoint.withdraw") }).click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.withdraw"));
    await expect(published).toHaveCount(0);
    await expect(fpPage.getByText(tr(lang, "focalPoint.nonePublished"))).toBeVisible();
    // The declaration is offered to endorse again.
    await expect(fpPage.locator('button[value="endorse"]')).not.toHaveCount(0);

    expect((db().prepare("select status from endorsements where id = ?").get(id) as { status: string }).status).toBe("withdrawn");
    // Another reader may be served the page kept before the write for up to PAGE_CACHE_STALE_MS (2 s, decision 016).
    await expect.poll(endorsed).toContain('data-endorsed="false"');
    expect(await endorsed()).toContain(tr(lang, "memberStates.notRecordedInline"));
    await expect.poll(endorsers).not.toContain(`"country":"${country}"`);

    // Withdrawing it again changes nothing: there is nothing published to withdraw.
    const csrf = (await fpPage.locator('input[name="_csrf"]').first().getAttribute("value"))!;
    const again = await fpPage.request.post(`/${lang}/focal-point`, { form: { _csrf: csrf, intent: "withdraw", id: String(id) }, maxRedirects: 0 });
    expect(again.status()).toBe(404);
  });
}

// A delegate declined in error had no way back: the focal point can reverse their decision until the event.
for (const { lang, country } of [
  { lang: "ru", country: "KZ" },
  { lang: "ar", country: "TN" },
]) {
  test(`the focal point reverses a delegate's refusal before the event, and the delegate is told they are registered (${lang})`, async ({ browser }) => {
    test.setTimeout(90_000);
    const iso = country.toLowerCase();
    const fpEmail = `focal-undo-${iso}@example.gov`;
    const staffPage = await (await browser.newContext()).newPage();
    await designateFocalPoint(staffPage, lang, { country, name: "Focal Undo", email: fpEmail });
    const event = await createOpenEvent(browser, { slug: `undo-${lang}`, title: `Undo ${lang}`, delegatesNeedFocalPoint: true });
    const eventTitle = lang === "ar" ? `Undo ${lang} (ع)` : `Undo ${lang}`;
    const delegate = { email: `delegate-undo-${iso}@example.gov`, firstName: "Dana", lastName: "Undo", country, delegate: true };
    const publicPage = await (await browser.newContext()).newPage();
    await registerOnPage(publicPage, lang, event.slug, delegate);
    const fpPage = await (await browser.newContext()).newPage();
    await signInAsFocalPoint(fpPage, lang, fpEmail);
    const row = () => fpPage.locator(`[data-event="${event.slug}"] [data-registration]`);
    await row()
      .getByRole("button", { name: tr(lang, "focalPoint.declineOf", { name: "Dana Undo" }) })
      .click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.decline"));
    await waitForEmail(delegate.email, (m) => m.subject === tr(lang, "email:registrationRejected.subject", { event: eventTitle }));
    await expect(row()).toContainText(tr(lang, "registrationStatus.rejected"));
    // Declined in error: the only offer left is to approve, which reverses it.
    await expect(row().getByRole("button", { name: tr(lang, "focalPoint.declineOf", { name: "Dana Undo" }) })).toHaveCount(0);
    await row()
      .getByRole("button", { name: tr(lang, "focalPoint.approveOf", { name: "Dana Undo" }) })
      .click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.approve"));
    await expect(row()).toContainText(tr(lang, "registrationStatus.confirmed"));
    await waitForEmail(delegate.email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: eventTitle }));
    expect((db().prepare("select status from registrations where email = ?").get(delegate.email) as { status: string }).status).toBe("confirmed");
  });
}
