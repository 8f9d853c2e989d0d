import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { E2E_MAIL_DIR, staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { signInAs, startsWith } from "./support/staff";

const FSI = "\u2068";
const PDI = "\u2069";
const intl = { ar: "ar", ru: "ru-RU" } as const;
/** The raw text of the newest message to `to`, invisible isolates included (support/mail strips them). */
async function rawText(to: string, match: RegExp) {
  for (const file of fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml"))) {
    const mail = await simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)));
    const address = Array.isArray(mail.to) ? mail.to[0]?.value[0]?.address : mail.to?.value[0]?.address;
    if (address === to && match.test(mail.text ?? "")) return mail.text ?? "";
  }
  throw new Error(`No message to ${to}`);
}

for (const { lang, russia, palestine, korea, colloquial, js } of [
  {
    lang: "ar",
    russia: "الاتحاد الروسي",
    palestine: "دولة فلسطين",
    korea: "جمهورية كوريا",
    colloquial: ["روسيا", "الأراضي الفلسطينية", "كوريا الجنوبية"],
    js: false,
  },
  {
    lang: "ru",
    russia: "Российская Федерация",
    palestine: "Государство Палестина",
    korea: "Республика Корея",
    colloquial: ["Россия", "Палестинские территории", "Вьетнам (Viet Nam)"],
    js: true,
  },
] as const) {
  test(`country lists name countries as the UN does, sorted in the page's language, areas apart (${lang})`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    const response = await page.goto(`/${lang}/declarations/cop29-declaration`);
    expect(response?.status()).toBe(200);
    const select = page.getByLabel(startsWith(tr(lang, "register.country")));
    const groups = select.locator("optgroup");
    await expect(groups).toHaveCount(3);
    expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("label")))).toEqual([
      tr(lang, "countryGroup.member"),
      tr(lang, "countryGroup.observer"),
      tr(lang, "countryGroup.other"),
    ]);
    const members = (await groups.nth(0).locator("option").allInnerTexts()).map((s) => s.trim());
    expect(members).toHaveLength(193);
    expect(members).toContain(russia);
    expect(members).toContain(korea);
    for (const name of colloquial) expect(members).not.toContain(name);
    const key = (name: string) => (lang === "ar" ? name.replace(/^ال(?=\S)/u, "") : name); // Arabic lists are read without the article ال, as UN lists are
    expect([...members].sort((a, b) => new Intl.Collator(intl[lang]).compare(key(a), key(b)))).toEqual(members);
    expect((await groups.nth(1).locator("option").allInnerTexts()).map((s) => s.trim())).toEqual([palestine]);
    // Stored codes stay ISO alpha-2: existing rows still resolve.
    await expect(select.locator("option", { hasText: russia })).toHaveAttribute("value", "RU");

    // A government endorses for an administration: an area is refused by the server, with the reason.
    await page.getByLabel(startsWith(tr(lang, "endorse.category"))).selectOption("government");
    await page.getByLabel(startsWith(tr(lang, "endorse.organisation"))).fill("Office of the Communications Authority");
    await select.selectOption("HK");
    await page.getByLabel(startsWith(tr(lang, "endorse.representativeName"))).fill("Chan Tai Man");
    await page.getByLabel(startsWith(tr(lang, "endorse.representativeTitle"))).fill("Director");
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(`area-${lang}@example.org`);
    await page.getByLabel(tr(lang, "endorse.consent")).check();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: tr(lang, "endorse.submit") }).click(),
    ]);
    expect(answer.status()).toBe(400);
    await expect(page.getByText(tr(lang, "errors.governmentCountry")).first()).toBeVisible();
  });

  test(`the COP29 roundtable shows the date CL-24/63 gives and no invented time (${lang})`, async ({ browser, request }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: js, timezoneId: "America/New_York" })).newPage();
    const response = await page.goto(`/${lang}/events/cop29-digitalization-day-roundtable`);
    expect(response?.status()).toBe(200);
    const facts = page.locator(".event-facts");
    const day = new Intl.DateTimeFormat(intl[lang], { timeZone: "Asia/Baku", weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(
      Date.UTC(2024, 10, 16, 8),
    );
    await expect(facts).toContainText(day);
    await expect(page.getByTestId("date-only")).toHaveText(tr(lang, "events.dateOnly"));
    await expect(page.locator(".local-time")).toHaveCount(0);
    expect(await facts.innerText()).not.toMatch(/\d{1,2}:\d{2}/);
    // No registration deadline was given either: registration is by email to green@itu.int.
    await expect(page.locator(".registration-state")).not.toContainText(/\d{1,2}:\d{2}/);

    const ics = await (await request.get(`/${lang}/events/cop29-digitalization-day-roundtable/calendar.ics`)).text();
    expect(ics).toContain("DTSTART;VALUE=DATE:20241116");
    expect(ics).not.toMatch(/DTSTART:\d/);

    // The Declaration's annex is English only, as issued: not a translation still to come.
    await page.goto(`/${lang}/declarations/cop29-declaration`);
    await expect(page.getByTestId("as-issued")).toHaveText(tr(lang, "declarations.englishOnly"));
    await expect(page.locator(".fallback-notice")).toHaveCount(0);

    // Contacts as the letters give them, fax numbers included.
    await page.goto(`/${lang}/circulars/cl-24-63`);
    await expect(page.getByTestId("contact-fax")).toHaveText(`${tr(lang, "circulars.fax")} +41 22 733 7256`);
    await page.goto(`/${lang}/circulars/tsb-circular-114`);
    await expect(page.getByTestId("contact-fax")).toHaveText(`${tr(lang, "circulars.fax")} +41 22 730 5853`);

    // The working groups name no lead the sources do not give.
    await page.goto(`/${lang}/working-groups/wg-ict-emissions`);
    await expect(page.getByTestId("group-leads")).toHaveText(tr(lang, "workingGroups.leadsToBeAppointed"));
  });

  test(`COP28 shows the days CL-23/15 gives, and TSB Circular 114 its ${lang} designation (${lang})`, async ({ browser, request }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: js, timezoneId: "America/New_York" })).newPage();
    await page.goto(`/${lang}/events/cop28-green-digital-action`);
    const facts = page.locator(".event-facts");
    const days = new Intl.DateTimeFormat(intl[lang], { timeZone: "Asia/Dubai", year: "numeric", month: "long", day: "numeric" }).formatRange(
      Date.UTC(2023, 10, 30, 8),
      Date.UTC(2023, 11, 12, 8),
    );
    await expect(facts).toContainText(days);
    await expect(page.getByTestId("date-only")).toHaveText(tr(lang, "events.datesOnly"));
    expect(await facts.innerText()).not.toMatch(/\d{1,2}:\d{2}/);
    const ics = await (await request.get(`/${lang}/events/cop28-green-digital-action/calendar.ics`)).text();
    expect(ics).toContain("DTSTART;VALUE=DATE:20231130");
    expect(ics).toContain("DTEND;VALUE=DATE:20231213");

    await page.goto(`/${lang}/circulars/tsb-circular-114`);
    const designation = tr(lang, "circulars.tsbDesignation", { number: 114 });
    await expect(page.getByRole("heading", { level: 1 })).toContainText(designation);
    await expect(page.getByRole("navigation", { name: tr(lang, "breadcrumb") }).locator("bdi")).toHaveText(designation);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("TSB Circular");
  });
}

test("in Chinese a workshop is a 讲习班 and COP28 runs 2023年11月30日—12月12日", async ({ page }) => {
  await page.goto("/zh/circulars/tsb-circular-114");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^电信标准化局第114号通函：国际电联讲习班“/);
  await page.goto("/zh/events/cop28-green-digital-action");
  await expect(page.locator(".event-facts")).toContainText("2023年11月30日—12月12日");
});

test("pages are sent without the zero bytes React 18 leaves where a character meets a chunk's end", async ({ request }) => {
  const found: string[] = [];
  for (const lang of ["ar", "zh", "en", "fr", "ru", "es"]) {
    for (const page of ["", "/events", "/declarations/cop29-declaration", "/privacy", "/member-states", "/pillars/ict-emissions"]) {
      const body = await (await request.get(`/${lang}${page}`)).body();
      if (body.includes(0)) found.push(`/${lang}${page}`);
    }
  }
  expect(found).toEqual([]);
});

test("in Chinese the full-width signs carry their own spacing: the zone in （）, nothing after ：or 。", async ({ browser }) => {
  // Without JavaScript the UTC line stays, labelled 协调世界时（UTC）：.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh/events/scope-3-ghg-reporting-workshop-2023");
  // The workshop's page is in Chinese, not English under a fallback notice.
  await expect(page.locator(".fallback-notice")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "关于本讲习班" })).toBeVisible();
  const facts = page.locator(".event-facts");
  await expect(facts).toContainText(/15:00–16:30（[^（）]+）/);
  await expect(facts).toContainText(/协调世界时（UTC）：2023年/);
  await page.goto("/zh/emissions");
  await page.getByRole("link", { name: "国际电信联盟" }).first().click();
  const desc = await page.locator("[data-testid=emissions-chart] desc").textContent();
  expect(desc).toMatch(/^2021年：.+。2022年：/);
  await context.close();
});

test("an English endorser's name and statement keep their own direction on the Arabic page and in the Arabic email", async ({ browser }) => {
  const lang = "ar";
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const email = "bidi-endorser@example.org";
  const organisation = "Green Future Network (GFN)";
  const statement = "We support the Declaration, and its objectives I-VIII.";
  await page.goto(`/${lang}/declarations/cop29-declaration`);
  await page.getByLabel(startsWith(tr(lang, "endorse.category"))).selectOption("civil-society");
  await page.getByLabel(startsWith(tr(lang, "endorse.organisation"))).fill(organisation);
  await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption("JO");
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeName"))).fill("Jane Doe");
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeTitle"))).fill("Chair");
  await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
  await page.getByLabel(startsWith(tr(lang, "endorse.statement"))).fill(statement);
  await page.getByLabel(tr(lang, "endorse.consent")).check();
  await page.getByRole("button", { name: tr(lang, "endorse.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "endorse.sentTitle"));

  const mail = await waitForEmail(email, (m) => /endorsements\/verify\//.test(m.text ?? ""));
  // An address not yet proven is sent only the portal's own words: not the organisation typed in the form.
  expect(await rawText(email, /endorsements\/verify\//)).not.toContain(organisation);
  await page.goto(new URL(mail.text!.match(/https?:\/\/\S+\/endorsements\/verify\/[A-Za-z0-9_-]{43}/)![0]).pathname);
  await page.getByRole("button", { name: tr(lang, "verify.confirm") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, "verify.verified"));
  // Once proven, the email names it: in the Arabic sentence the organisation is isolated, so its
  // parenthesis and the full stop stay put.
  await waitForEmail(email, (m) => (m.text ?? "").includes(organisation));
  expect(await rawText(email, new RegExp(organisation.replace(/[()]/g, "\\$&")))).toContain(`${FSI}${organisation}${PDI}`);

  await signInAs(page, lang, staff.reviewer.email);
  await page.goto(`/${lang}/admin/endorsements`);
  await expect(page.locator("bdi", { hasText: organisation }).first()).toBeVisible();
  await page.getByRole("link", { name: organisation }).first().click();
  await page.getByRole("button", { name: tr(lang, "admin:review.approve") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:editor.saved"));

  const response = await page.goto(`/${lang}/declarations/cop29-declaration/endorsers?country=JO`);
  expect(response?.status()).toBe(200);
  const card = page.locator(".endorser").filter({ hasText: organisation });
  await expect(card.locator("h3 bdi")).toHaveText(organisation);
  await expect(card.getByTestId("statement")).toHaveAttribute("dir", "auto");
  await expect(card.getByTestId("statement")).toHaveText(statement);
});

test("a typed name is isolated on the secretariat's desk; a Russian email with nothing right to left has no direction marks", async ({ browser }) => {
  const lang = "ru";
  const page = await (await browser.newContext()).newPage();
  const email = "bidi-registrant@example.org";
  await registerOnPage(page, lang, "example-workshop-circular-ict", { email, firstName: "نادية", lastName: "حداد", country: "TN" });
  // The confirmation that follows the proven address is the letter that greets the person.
  const hello = tr(lang, "email:registration.hello");
  await waitForEmail(email, (m) => (m.text ?? "").includes(hello));
  const text = await rawText(email, new RegExp(hello));
  // Opened as ITU's Russian letters are, not by first name; all left to right, so no direction marks.
  expect(text).not.toContain("نادية,");
  expect(text).toContain(await exampleTitle(page, lang));
  expect(text).not.toMatch(new RegExp(`[${FSI}${PDI}]`));

  await signInAs(page, lang, staff.editor.email);
  await page.goto(`/${lang}/admin/events`);
  await page
    .locator("a[href*='/admin/events/']", { hasText: /./ })
    .filter({ hasText: await exampleTitle(page, lang) })
    .first()
    .click();
  await page.goto(`${new URL(page.url()).pathname}/registrants`);
  await expect(page.locator("td bdi", { hasText: "نادية حداد" })).toHaveCount(1);
});

async function exampleTitle(page: import("@playwright/test").Page, lang: string) {
  const other = await page.context().newPage();
  await other.goto(`/${lang}/events/example-workshop-circular-ict`);
  const title = (await other.getByRole("heading", { level: 1 }).innerText()).trim();
  await other.close();
  return title;
}
