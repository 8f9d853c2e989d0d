import { expect, test } from "@playwright/test";
import { db, designateFocalPoint, signInAsFocalPoint } from "./support/focal-point";
import { tr } from "./support/i18n";

// A government's endorsement published on the portal is its focal point's to withdraw: one they made
// themselves has no emailed withdraw link, so before this it stayed public in the government's name.
for (const { lang, country, fpName } of [
  { lang: "fr", country: "LU", fpName: "Claire Weber" },
  { lang: "ar", country: "JO", fpName: "ليلى حداد" },
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
    const page = await endorsed();
    expect(page).toContain('data-endorsed="false"');
    expect(page).toContain(tr(lang, "memberStates.notRecordedInline"));
    expect(await endorsers()).not.toContain(`"country":"${country}"`);

    // Withdrawing it again changes nothing: there is nothing published to withdraw.
    const csrf = (await fpPage.locator('input[name="_csrf"]').first().getAttribute("value"))!;
    const again = await fpPage.request.post(`/${lang}/focal-point`, { form: { _csrf: csrf, intent: "withdraw", id: String(id) }, maxRedirects: 0 });
    expect(again.status()).toBe(404);
  });
}
