import { expect, test, type Page } from "@playwright/test";
import { staff } from "./support/env";
import { unreadableChartLabels } from "./support/charts";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { signedInPartner, signInAs, startsWith } from "./support/staff";

const intl: Record<string, string> = { zh: "zh-CN", ar: "ar" };

/** Fills the disclosure form: scopes, scope 3 category 1 as a figure and category 2 as not relevant. */
async function fillDisclosure(page: Page, lang: string, f: { year: string; scope1: string; scope2: string; scope3: string; cat1: string }) {
  const field = (key: string) => page.getByLabel(startsWith(tr(lang, `emissions.form.${key}`)));
  await field("year").fill(f.year);
  await field("boundary").selectOption("operational-control");
  await field("methodology").selectOption("itu-l1450");
  await field("scope1").fill(f.scope1);
  await field("scope2Location").fill(f.scope2);
  await field("scope3").fill(f.scope3);
  await page.getByLabel(startsWith(tr(lang, "emissions.categoryLabel", { n: 1, name: tr(lang, "emissions.category.1") }))).fill(f.cat1);
  await page.getByLabel(startsWith(tr(lang, "emissions.form.categoryStatus", { n: 2 }))).selectOption("not-relevant");
  await page.getByLabel(tr(lang, "emissions.subSector.mobile-networks")).check();
}

async function publish(page: Page, lang: string, organisation: string, year: number) {
  await page.goto(`/${lang}/admin/disclosures`);
  const card = page.locator("li.card").filter({ hasText: tr(lang, "admin:disclosures.heading", { organisation: `\u2068${organisation}\u2069`, year }) });
  // The reviewer reads each figure with its unit, as the public pages give it.
  await expect(card.locator("dl.facts dd").first()).toContainText(
    tr(lang, "emissions.tonnes", { value: "" })
      .replace(/[\u2066-\u2069]/g, "")
      .trim(),
  );
  await card.getByRole("button", { name: tr(lang, "admin:pledges.publish") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:review.disclosureDone.publish"));
  await expect(page.getByRole("status")).toBeFocused();
  await expect(
    page.locator("li.card").filter({ hasText: tr(lang, "admin:disclosures.heading", { organisation: `\u2068${organisation}\u2069`, year }) }),
  ).toHaveCount(0);
}

for (const { lang, js } of [
  { lang: "zh", js: true },
  { lang: "ar", js: false },
]) {
  test(`a partner discloses its emissions, the secretariat publishes, the public database shows the path and a restatement (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    // A long journey: two accounts, five form posts, three publications (about 25 s on a quiet machine).
    test.setTimeout(90_000);
    const email = `discloser-${lang}@operator.example`;
    const organisation = `Carrier ${lang.toUpperCase()} Networks`;
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await signedInPartner(browser, page, lang, email, organisation);
    await page.goto(`/${lang}/partners/disclosures/new`);
    const submit = page.getByRole("button", { name: tr(lang, "emissions.form.submit") });
    // Someone who is not a GHG accountant reads what each scope covers under its field, and a screen
    // reader gives each figure's unit with it (the unit is said once, above the scopes).
    const unit = tr(lang, "emissions.form.unitHint");
    for (const scope of ["scope1", "scope2Location", "scope2Market", "scope3"]) {
      await expect(page.getByLabel(startsWith(tr(lang, `emissions.form.${scope}`)))).toHaveAccessibleDescription(
        `${tr(lang, `emissions.form.${scope}Hint`)} ${unit}`,
      );
    }
    await expect(page.locator('[name="cat1"]')).toHaveAccessibleDescription(unit);
    // Side by side, the boxes line up on one line however long each label and hint runs.
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 720 });
      const tops = await Promise.all(
        ["scope1", "scope2Location", "scope2Market"].map(
          async (scope) => (await page.getByLabel(startsWith(tr(lang, `emissions.form.${scope}`))).boundingBox())!.y,
        ),
      );
      const rows = new Set(tops.map(Math.round));
      const columns = await page
        .locator(".editor-grid")
        .filter({ has: page.locator('[name="scope1"]') })
        .evaluate((g) => getComputedStyle(g).gridTemplateColumns.split(" ").length);
      // As many boxes share the first line as the grid has columns, each at the same height.
      expect(rows.size, `${lang} at ${width} px: ${tops.join(", ")}`).toBe(Math.ceil(3 / Math.min(columns, 3)));
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // Bad input: a negative figure and categories above the scope 3 total, refused in the page's language, nothing stored.
    await fillDisclosure(page, lang, { year: "2020", scope1: "-5", scope2: "200", scope3: "700", cat1: "900" });
    await submit.click();
    await expect(page.locator(".field-error").getByText(tr(lang, "emissions.errors.negative"))).toBeVisible();
    await expect(page.locator(".field-error").getByText(tr(lang, "emissions.errors.categoriesAboveTotal"))).toBeVisible();
    await expect(page.getByLabel(startsWith(tr(lang, "emissions.form.scope2Location")))).toHaveValue("200");
    await page.goto(`/${lang}/partners/disclosures`);
    await expect(page.getByText(tr(lang, "emissions.partner.none"))).toBeVisible();

    // The base year 2020 (1,000 t) and 2023 (1,100 t, where the path allows 865 t).
    for (const f of [
      { year: "2020", scope1: "100", scope2: "200", scope3: "700", cat1: "500" },
      { year: "2023", scope1: "100", scope2: "200", scope3: "800", cat1: "600" },
    ]) {
      await page.goto(`/${lang}/partners/disclosures/new`);
      await fillDisclosure(page, lang, f);
      await submit.click();
      await expect(page.getByRole("status")).toHaveText(tr(lang, "emissions.partner.done.submitted"));
    }
    await expect(page.getByTestId("disclosure-2023").getByTestId("disclosure-status")).toHaveText(tr(lang, "emissions.status.in-review"));

    const secretariat = await browser.newPage();
    await signInAs(secretariat, lang, staff.reviewer.email);
    await publish(secretariat, lang, organisation, 2020);
    await publish(secretariat, lang, organisation, 2023);
    await waitForEmail(email, (m) => m.subject === tr(lang, "email:disclosurePublished.subject", { year: 2023 }));

    // In the directory the organisation's name is isolated: an English name ending in "S.A." keeps
    // its full stop on its own side in Arabic.
    await page.goto(`/${lang}/emissions?country=MA`);
    await expect(page.locator(".card h3 a bdi", { hasText: organisation })).toHaveText(organisation);
    await page.goto(`/${lang}/partners/disclosures`);
    await page.getByRole("link", { name: tr(lang, "emissions.partner.publicPage") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation);
    // …and on its own page, in the title and in the table's caption.
    await expect(page.locator("h1 bdi")).toHaveText(organisation);
    await expect(page.locator("#years-caption")).toContainText(`\u2068${organisation}\u2069`);
    await expect(page.locator("[data-testid=emissions-chart] rect.bar-scope3")).toHaveCount(2);
    await expect(page.locator("[data-testid=emissions-chart] .path-line")).toHaveCount(1);
    // The legend names the bars drawn: scopes, and no grey "total, not divided by scope" here.
    await expect(page.locator("figcaption .legend-scope1")).toHaveCount(1);
    await expect(page.locator("figcaption .legend-total")).toHaveCount(0);
    const n = (v: number) => new Intl.NumberFormat(intl[lang], { maximumFractionDigits: 1 }).format(v);
    const percent = new Intl.NumberFormat(intl[lang], { style: "percent", maximumFractionDigits: 0 }).format(235 / 865);
    await expect(page.getByTestId("path-position")).toHaveText(
      tr(lang, "emissions.position.above", { year: 2023, baseYear: 2020, tonnes: n(235), percent, path: n(865) }),
    );
    const orgPath = new URL(page.url()).pathname;
    // On a phone the chart's figures and years are large enough to read, none cut at its edge; the
    // year the path reaches is written too. The same for the database's chart against the path.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await unreadableChartLabels(page.getByTestId("emissions-chart"))).toEqual([]);
    await expect(page.getByTestId("path-end-year")).toBeVisible();
    await page.goto(`/${lang}/emissions`);
    expect(await unreadableChartLabels(page.getByTestId("index-chart"))).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });

    // A restatement of 2023: the new figures count, the old ones stay visible as superseded, with the reason.
    await page.goto(`/${lang}/partners/disclosures`);
    await page.getByRole("link", { name: tr(lang, "emissions.partner.restate", { year: 2023 }) }).click();
    // The figures come back as the page's language writes them, and are read as people type them
    // in it: Arabic-Indic digits in Arabic, as in the pledge form.
    await expect(page.getByLabel(startsWith(tr(lang, "emissions.form.scope3")))).toHaveValue(n(800));
    await page.getByLabel(startsWith(tr(lang, "emissions.form.scope3"))).fill(lang === "ar" ? "٩٠٠" : "900");
    await page.getByLabel(startsWith(tr(lang, "emissions.form.restatementReason"))).fill("Business travel was under-counted.");
    await submit.click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "emissions.partner.done.restated"));
    await publish(secretariat, lang, organisation, 2023);
    await page.goto(orgPath);
    await expect(page.getByTestId("year-2023")).toContainText(n(1200));
    const restated = page.getByTestId("restatement-2023");
    await expect(restated).toContainText("Business travel was under-counted.");
    await expect(restated.locator("del")).toContainText(n(1100));
    expect(await page.content()).not.toContain(email);

    const csv = await (await page.request.get(`/${lang}/emissions.csv`)).text();
    const row = csv.split("\r\n").find((l) => l.includes(organisation) && l.includes(",2023,"));
    expect(row).toContain(",1200,true,");
    expect(row).toMatch(/,true,\d{4}-\d{2}-\d{2}$/);
    expect(csv).not.toContain(email);
    const json = (await (await page.request.get(`/${lang}/emissions.json`)).json()) as {
      rows: { organisation: string; year: number; total_t: number; restated: boolean }[];
    };
    expect(json.rows.filter((r) => r.organisation === organisation).map((r) => [r.year, r.total_t, r.restated])).toEqual([
      [2020, 1000, false],
      [2023, 1200, true],
    ]);
    await secretariat.close();
    await context.close();
  });
}
