import { expect, test, type Page } from "@playwright/test";
import { stored } from "./support/db";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { signedInPartner, signInAs, startsWith } from "./support/staff";

const intl: Record<string, string> = { en: "en-GB", ar: "ar" };

async function fileDisclosure(page: Page, lang: string, year: number) {
  await page.goto(`/${lang}/partners/disclosures/new`);
  const field = (key: string) => page.getByLabel(startsWith(tr(lang, `emissions.form.${key}`)));
  await field("year").fill(String(year));
  await field("boundary").selectOption("operational-control");
  await field("methodology").selectOption("itu-l1450");
  await field("scope1").fill("100");
  await field("scope2Location").fill("200");
  await field("scope3").fill("700");
  await page.getByLabel(startsWith(tr(lang, "emissions.categoryLabel", { n: 1, name: tr(lang, "emissions.category.1") }))).fill("500");
  await page.getByLabel(tr(lang, "emissions.subSector.mobile-networks")).check();
  await page.getByLabel(tr(lang, "emissions.subSector.data-centres")).check();
  await page.getByRole("button", { name: tr(lang, "emissions.form.submit") }).click();
}

// Each language closes a year no other journey files for (emissions.spec files 2020 and 2023; the seed has 2021 and 2022).
for (const { lang, js, year } of [
  { lang: "en", js: true, year: 2019 },
  { lang: "ar", js: false, year: 2024 },
]) {
  test(`the secretariat closes a reporting year: partners can no longer file it, the public pages say it is final, an administrator reopens it (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const email = `closing-${lang}@operator.example`;
    const organisation = `Closing Year ${lang.toUpperCase()} Telecom`;
    const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signedInPartner(browser, page, lang, email, organisation);
    await fileDisclosure(page, lang, year);
    await expect(page.getByRole("status")).toHaveText(tr(lang, "emissions.partner.done.submitted"));

    // A reviewer publishes the year, then closes it.
    const reviewer = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(reviewer, lang, staff.reviewer.email);
    await reviewer.goto(`/${lang}/admin/disclosures`);
    const card = reviewer.locator("li.card").filter({ hasText: tr(lang, "admin:disclosures.heading", { organisation: `\u2068${organisation}\u2069`, year }) });
    await card.getByRole("button", { name: tr(lang, "admin:pledges.publish") }).click();
    await expect(card).toHaveCount(0);
    await reviewer.getByRole("link", { name: tr(lang, "admin:reportingYears.title") }).click();
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "admin:reportingYears.title"));
    await reviewer.getByLabel(startsWith(tr(lang, "admin:reportingYears.year"))).selectOption(String(year));
    await reviewer.getByRole("button", { name: tr(lang, "admin:reportingYears.close") }).click();
    await expect(reviewer.getByRole("status")).toHaveText(tr(lang, "admin:reportingYears.done.closed"));
    await expect(reviewer.getByTestId(`closed-${year}`)).toBeVisible();
    // Only an administrator reopens: the reviewer has no button, and a forged post is refused.
    await expect(reviewer.getByRole("button", { name: tr(lang, "admin:reportingYears.reopen", { year }) })).toHaveCount(0);
    const html = await (await reviewer.request.get(`/${lang}/admin/reporting-years`)).text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const forged = await reviewer.request.post(`/${lang}/admin/reporting-years`, { form: { _csrf: csrf, intent: "reopen", year: String(year) } });
    expect(forged.status()).toBe(403);
    await reviewer.context().close();

    // The partner: no correction offered for the closed year, and a new filing for it refused in the page's language, nothing stored.
    await page.goto(`/${lang}/partners/disclosures`);
    await expect(page.getByTestId(`disclosure-${year}`).getByTestId("year-closed")).toHaveText(tr(lang, "emissions.partner.closed", { year }));
    await expect(page.getByRole("link", { name: tr(lang, "emissions.partner.restate", { year }) })).toHaveCount(0);
    const rowsBefore = stored<{ n: number }>("select count(*) n from disclosures where year = ?", year).n;
    await fileDisclosure(page, lang, year);
    await expect(page.locator(".field-error").first()).toHaveText(tr(lang, "emissions.errors.yearClosed", { year }));
    await expect(page.getByLabel(startsWith(tr(lang, "emissions.form.scope3")))).toHaveValue("700");
    expect(stored<{ n: number }>("select count(*) n from disclosures where year = ?", year).n).toBe(rowsBefore);

    // The public pages say the year is closed and its figures final.
    await page.goto(`/${lang}/partners/disclosures`);
    await page.getByRole("link", { name: tr(lang, "emissions.partner.publicPage") }).click();
    await expect(page.getByTestId(`year-${year}`).getByRole("rowheader")).toContainText(tr(lang, "emissions.final"));
    await expect(page.getByTestId("closed-years")).toHaveText(tr(lang, "emissions.closedYears", { years: String(year) }));
    // Labels and lists as the page's language writes them (issue 14): "label: value", sub-sectors joined by Intl.ListFormat.
    await page.getByText(tr(lang, "emissions.org.detailsFor", { year })).click();
    const details = page.locator("details[open]");
    const list = new Intl.ListFormat(intl[lang], { style: "long", type: "conjunction" }).format([
      tr(lang, "emissions.subSector.mobile-networks"),
      tr(lang, "emissions.subSector.data-centres"),
    ]);
    await expect(details.getByRole("listitem").filter({ hasText: tr(lang, "emissions.form.subSectors") })).toHaveText(
      tr(lang, "labelValue", { label: tr(lang, "emissions.form.subSectors"), value: list }),
    );
    await expect(details.getByTestId("category-1")).toHaveText(
      tr(lang, "labelValue", {
        label: tr(lang, "emissions.categoryLabel", { n: 1, name: tr(lang, "emissions.category.1") }),
        value: new Intl.NumberFormat(intl[lang], { maximumFractionDigits: 1 }).format(500),
      }),
    );
    await page.goto(`/${lang}/emissions`);
    await expect(page.getByTestId("closed-years")).toContainText(String(year));

    // An administrator reopens the year; the partner may restate it again. Both acts are in the history.
    const admin = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(admin, lang, staff.admin.email);
    await admin.goto(`/${lang}/admin/reporting-years`);
    await admin.getByRole("button", { name: tr(lang, "admin:reportingYears.reopen", { year }) }).click();
    await expect(admin.getByRole("status")).toHaveText(tr(lang, "admin:reportingYears.done.reopened"));
    await expect(admin.getByTestId(`closed-${year}`)).toHaveCount(0);
    const history = admin.locator("#year-history + ul");
    await expect(history).toContainText(tr(lang, "admin:reportingYears.history.unlocked", { year, who: staff.admin.name, at: "" }).trim().replace(/[،,]$/, ""));
    await expect(history).toContainText(
      tr(lang, "admin:reportingYears.history.locked", { year, who: staff.reviewer.name, at: "" }).trim().replace(/[،,]$/, ""),
    );
    await admin.context().close();
    await page.goto(`/${lang}/partners/disclosures`);
    await expect(page.getByRole("link", { name: tr(lang, "emissions.partner.restate", { year }) })).toBeVisible();
    await page.context().close();
  });
}
