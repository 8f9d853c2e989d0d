import { expect, test } from "@playwright/test";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { unreadableChartLabels } from "./support/charts";
import { formatCalendarDate, formatNumber } from "../../app/utils/format";
import { languageName, type Lang } from "../../app/utils/i18n";
import { signedInPartner, signInAs, startsWith } from "./support/staff";

for (const { lang, js } of [
  { lang: "fr", js: true },
  { lang: "ar", js: false },
]) {
  test(`a partner pledges, the secretariat publishes, progress is reported and the public page shows it (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    const email = `pledger-${lang}@operator.example`;
    const organisation = `Telecom ${lang.toUpperCase()} SA`;
    const title = lang === "fr" ? "Réduire de 45 % nos émissions (périmètres 1 à 3)" : "خفض انبعاثاتنا بنسبة 45٪ (النطاقات 1 إلى 3)";
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await signedInPartner(browser, page, lang, email, organisation);

    await page.getByRole("link", { name: tr(lang, "pledgeForm.newTitle") }).click();
    const field = (key: string) => page.getByLabel(startsWith(tr(lang, key)));
    await field("pledgeForm.pillar").selectOption({ index: 1 });
    await field("pledgeForm.kind").selectOption("emissions-reduction");
    await field("pledgeForm.title").fill(title);
    await field("pledgeForm.description").fill("Scope 1, 2 and 3 across all operations.\n\nReviewed by an external auditor every year.");
    await field("pledgeForm.metric").fill("GHG emissions");
    await field("pledgeForm.unit").fill("tCO2e");
    await field("pledgeForm.baselineYear").fill("2020");
    // Figures as the language groups them: "1 000" in French, "1,000" in Arabic pages (Western digits).
    await field("pledgeForm.baselineValue").fill(lang === "fr" ? "1 000" : "1,000");
    await field("pledgeForm.targetYear").fill("2019");
    await field("pledgeForm.targetValue").fill("abc");
    await field("pledgeForm.startsOn").fill("2023-12-01");
    await page.getByRole("button", { name: tr(lang, "pledgeForm.submit") }).click();
    // Bad input comes back localized, with what was typed kept and focus on the message (autofocus without JavaScript).
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(page.locator(".field-error").getByText(tr(lang, "errors.targetBeforeBaseline"))).toBeVisible();
    await expect(page.locator(".field-error").getByText(tr(lang, "errors.number"))).toBeVisible();
    await expect(field("pledgeForm.title")).toHaveValue(title);
    await field("pledgeForm.pillar").selectOption({ index: 1 });
    await field("pledgeForm.kind").selectOption("emissions-reduction");
    await field("pledgeForm.targetYear").fill("2030");
    await field("pledgeForm.targetValue").fill("550");
    await page.getByRole("button", { name: tr(lang, "pledgeForm.submit") }).click();
    await expect(page.getByTestId("pledge-status")).toHaveText(tr(lang, "pledgeStatus.in-review"));
    const pledgePath = new URL(page.url()).pathname;
    // A body that is not a form is a localized 400, not a server error, and changes nothing.
    const notAForm = await page.request.post(pledgePath, { data: { intent: "withdraw" }, maxRedirects: 0 });
    expect(notAForm.status()).toBe(400);
    expect(await notAForm.text()).toContain(tr(lang, "errors.badRequest").replace(/'/g, "&#x27;"));

    const secretariat = await browser.newPage();
    await signInAs(secretariat, lang, staff.reviewer.email);
    await secretariat.goto(`/${lang}/admin/pledges`);
    const card = secretariat.locator("li.card").filter({ hasText: title });
    // The reviewer sees under which pillar the pledge is made.
    await expect(card.getByTestId("review-pillar")).toHaveText(/^1\. \S/);
    // The figures each with its year, the typed metric and unit isolated: one "1,000 tCO2e (2020) → 550 tCO2e (2030)"
    // line showed its figures out of order, and its arrow backwards, in an Arabic page.
    await expect(card.getByTestId("review-metric")).toHaveText(tr(lang, "withNote", { text: "\u2068GHG emissions\u2069", note: "\u2068tCO2e\u2069" }));
    await expect(card.getByTestId("review-baseline")).toHaveText(tr(lang, "withNote", { text: formatNumber(lang as Lang, 1000), note: "2020" }));
    await expect(card.getByTestId("review-target")).toHaveText(tr(lang, "withNote", { text: formatNumber(lang as Lang, 550), note: "2030" }));
    // The days it runs: no end date was given, so from the day it began.
    await expect(card.getByTestId("review-period")).toHaveText(tr(lang, "pledgePage.since", { date: formatCalendarDate(lang as Lang, "2023-12-01") }));
    await card.getByRole("button", { name: tr(lang, "admin:pledges.publish") }).click();
    // The card pressed has left the queue: the outcome is said, and takes the focus (not the top of the page).
    await expect(secretariat.getByRole("status")).toHaveText(tr(lang, "admin:review.done.publish"));
    await expect(secretariat.getByRole("status")).toBeFocused();
    await expect(secretariat.locator("li.card").filter({ hasText: title })).toHaveCount(0);
    // Running since 2023 but published today: nothing is overdue until a full reporting year has passed.
    await expect(secretariat.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
    // The staff export has the contacts; the public open data never does.
    expect(await (await secretariat.request.get(`/${lang}/admin/pledges.csv`)).text()).toContain(email);
    expect(await (await secretariat.request.get(`/${lang}/pledges.csv`)).text()).not.toContain(email);
    expect(await (await secretariat.request.get(`/${lang}/pledges.json`)).text()).toContain(organisation);
    await secretariat.close();
    await waitForEmail(email, (m) => m.subject === tr(lang, "email:pledgePublished.subject", { title }));
    // Nor does the partner's own list say a report is overdue.
    await page.goto(`/${lang}/partners/account`);
    await expect(page.getByRole("listitem").filter({ hasText: title })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: title })).not.toContainText(tr(lang, "progressStatus.late"));

    await page.goto(pledgePath);
    await field("pledgeForm.reportYear").fill("2024");
    // A report refused: its summary names each field and links to it, as the other forms' do (it sat
    // outside the report's form and listed bare messages, "Enter a number…" with no field named).
    await page.getByLabel(startsWith(tr(lang, "pledgeForm.reportValue", { unit: "tCO2e" }))).fill("abc");
    await page.getByRole("button", { name: tr(lang, "pledgeForm.reportSubmit") }).click();
    await expect(page.getByRole("alert")).toBeFocused();
    const refused = page.getByRole("alert").getByRole("link");
    await expect(refused.filter({ hasText: tr(lang, "errors.number") })).toContainText(tr(lang, "pledgeForm.reportValue", { unit: "tCO2e" }));
    await expect(refused.filter({ hasText: tr(lang, "errors.required") })).toContainText(tr(lang, "pledgeForm.narrative"));
    await page.getByLabel(startsWith(tr(lang, "pledgeForm.reportValue", { unit: "tCO2e" }))).fill("775");
    await field("pledgeForm.narrative").fill("Renewable power in all data centres.");
    await page.getByRole("button", { name: tr(lang, "pledgeForm.reportSubmit") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "pledgeForm.done.reported"));

    await page.getByRole("link", { name: tr(lang, "pledgeForm.publicPage") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(0.5);
    await expect(page.getByTestId("pledge-percent")).toHaveText(percent);
    await expect(page.getByTestId("pledge-progress-status")).toHaveText(tr(lang, "progressStatus.on-track"));
    await expect(page.locator(".chart svg circle")).toHaveCount(1);
    // 1000 → 550 from 2020 to 2030 is the sector's own −45 %: as steep as the path.
    await expect(page.getByTestId("pledge-steepness")).toHaveText(tr(lang, "emissions.pledgeSteep"));
    // Each year's report: what was done, on the public page.
    await expect(page.getByRole("heading", { name: tr(lang, "pledgePage.reportFor", { year: 2024 }) })).toBeVisible();
    await expect(page.getByTestId("narrative-2024")).toHaveText("Renewable power in all data centres.");
    // The description keeps the two paragraphs typed in the form.
    await expect(page.getByTestId("pledge-description").locator("p")).toHaveText([
      "Scope 1, 2 and 3 across all operations.",
      "Reviewed by an external auditor every year.",
    ]);
    expect(await page.content()).not.toContain(email);
    // The same pledge read in Chinese: the reader is told the partner wrote it in their own language,
    // and the year of the baseline and of the target is in full-width parentheses.
    await page.goto(`/zh/pledges/${pledgePath.split("/").pop()}`);
    await expect(page.locator(".fallback-notice")).toHaveText(tr("zh", "pledgePage.writtenIn", { language: languageName(lang as Lang, "zh") }));
    for (const [value, year] of [
      [1000, "2020"],
      [550, "2030"],
    ] as const) {
      const text = new Intl.NumberFormat("zh-CN").format(value);
      await expect(page.locator("dd", { hasText: text })).toHaveText(tr("zh", "withNote", { text, note: year }));
      await expect(page.locator("dd", { hasText: text })).toHaveText(`${text}（${year}）`);
    }
    // The chart's text alternative joins the reports as Chinese writes a label and its value.
    await expect(page.locator(".chart desc")).toContainText(tr("zh", "labelValue", { label: "2024", value: new Intl.NumberFormat("zh-CN").format(775) }));

    // The partner reads back the report and corrects it, with an evidence link typed without https://.
    await page.goto(pledgePath);
    await page.locator("summary", { hasText: tr(lang, "pledgePage.reportFor", { year: 2024 }) }).click();
    const correction = page.getByRole("form", { name: tr(lang, "pledgeForm.correctReport", { year: 2024 }) });
    await correction.getByLabel(startsWith(tr(lang, "pledgeForm.narrative"))).fill("Renewable power in all data centres and offices.");
    await correction.getByLabel(startsWith(tr(lang, "pledgeForm.evidence"))).fill("www.operator.example/report-2024.pdf");
    await correction.getByRole("button", { name: tr(lang, "pledgeForm.correctReport", { year: 2024 }) }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "pledgeForm.done.reported"));
    await page.goto(`/${lang}/pledges/${pledgePath.split("/").pop()}`);
    await expect(page.getByTestId("narrative-2024")).toHaveText("Renewable power in all data centres and offices.");
    await expect(page.getByRole("link", { name: "https://www.operator.example/report-2024.pdf" })).toHaveAttribute(
      "href",
      "https://www.operator.example/report-2024.pdf",
    );
    // The public page names the link as a fact, not as the form's field: no "(optional)" there.
    await expect(page.locator("dt", { hasText: tr(lang, "pledgePage.evidence") })).toHaveText(tr(lang, "pledgePage.evidence"));
    // On a phone each item of the chart's legend keeps its line or square beside its words: an item
    // broken over two lines left the marker at the end of the line before.
    await page.setViewportSize({ width: 390, height: 844 });
    const legend = page.locator("figcaption .legend");
    await expect(legend).toHaveCount(2);
    expect(await legend.evaluateAll((items) => items.map((i) => i.getClientRects().length))).toEqual([1, 1]);
    // …and its figures and years are large enough to read, none cut at the chart's edge.
    expect(await unreadableChartLabels(page.locator(".chart svg"))).toEqual([]);
    await context.close();
  });
}

// Each pillar's count follows its title after the language's colon: Chinese writes the full-width "：" and
// never a spaced dash (" — ", glossary: zh forbids /\s—|—\s/), as the tile text used to read in every language.
for (const lang of ["zh", "es"] as const) {
  test(`the pledges page gives each pillar's count after the colon of the language (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/pledges`);
    const tile = page.locator(".pillar-tile").first();
    const count = (await tile.getByTestId(/^pillar-total-/).innerText()).trim();
    const text = (await tile.innerText()).replace(/\s+$/, "");
    expect(text).toContain(`${tr(lang, "colon")}${count}`);
    expect(text).not.toMatch(/\s—|—\s/);
  });
}
