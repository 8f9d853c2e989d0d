import { expect, test, type Page } from "@playwright/test";
import { formatNumber } from "../../app/utils/format";
import type { Lang } from "../../app/utils/i18n";
import { minimalPdf } from "../../app/utils/pdf";
import { IN_PERSON_NAME } from "../../app/models/participation-types.server";
import { stored } from "./support/db";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { manageLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith, submitAndWait } from "./support/staff";

const ZONE = "Asia/Tokyo"; // no summer time: the expected hours are the same all year
// The zone as a reader of each language reads it (CLDR), not as "Asia/Tokyo".
const ZONE_NAME: Record<string, string> = { ru: "Япония, стандартное время", ar: "توقيت اليابان الرسمي" };
const endonyms: Record<string, string> = { ru: "Русский", ar: "العربية" };
const intl: Record<string, string> = { ru: "ru-RU", ar: "ar" };

/** "YYYY-MM-DDTHH:MM" in the zone, as a datetime-local field takes it. */
const wallIn = (ms: number, zone: string) => new Date(ms).toLocaleString("sv-SE", { timeZone: zone }).replace(" ", "T").slice(0, 16);
const hoursIn = (lang: string, ms: number, zone: string) =>
  new Intl.DateTimeFormat(intl[lang], { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);

/** The code in a confirmation email: two groups of five Crockford characters. */
const CODE = /\b([0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5})\b/;

async function checkInCode(lang: string, email: string) {
  const mail = await waitForEmail(email, (m) => (m.text ?? "").includes(tr(lang, "email:registration.checkIn")));
  const code = CODE.exec(mail.text ?? "")![1]!;
  const png = mail.attachments.find((a) => a.contentType === "image/png");
  // Shown inline: referenced from the HTML by its content id (the parser turns the cid: link into the image's data).
  expect(png?.cid).toBe("check-in-code@gda");
  expect(png?.related).toBe(true);
  expect(typeof mail.html === "string" && mail.html.includes("data:image/png;base64,")).toBe(true);
  return { code, mail };
}

async function typeCode(page: Page, lang: string, code: string) {
  await page.getByLabel(tr(lang, "admin:checkIn.codeLabel")).fill(code);
  await page.getByRole("button", { name: tr(lang, "admin:checkIn.submit"), exact: true }).click();
}

for (const { lang, js } of [
  { lang: "ru", js: true },
  { lang: "ar", js: false },
]) {
  test(`staff build a programme with a speaker and a PDF; the public page shows it in the event's zone and the PDF downloads (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.slow();
    const slug = `programme-${lang}`;
    const { id } = await createOpenEvent(browser, { slug, title: `Programme workshop ${lang}`, format: "in-person", timeZone: ZONE });
    const { starts } = stored<{ starts: number }>("select starts_at starts from events where id = ?", id);
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await signInAs(page, lang, staff.editor.email);
    await page.goto(`/${lang}/admin/events/${id}/programme`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "admin:programme.title"));
    if (lang === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    const speaker = lang === "ar" ? "ليلى حداد" : "Анна Соколова";
    await page.getByLabel(startsWith(tr(lang, "admin:programme.speakerName"))).fill(speaker);
    await page.getByLabel(tr(lang, "admin:programme.speakerTitle")).fill(lang === "ar" ? "مديرة" : "Директор");
    await page.getByLabel(tr(lang, "admin:programme.speakerOrganisation")).fill("ITU");
    await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:programme.addSpeaker") }));

    const sessionTitle = lang === "ar" ? "جلسة افتتاحية" : "Открытие семинара";
    // A session before the event starts is refused, with what was typed kept.
    await page.getByLabel(startsWith(tr(lang, "admin:editor.sessionStart"))).fill(wallIn(starts - 3_600_000, ZONE));
    await page.getByLabel(startsWith(tr(lang, "admin:editor.sessionEnd"))).fill(wallIn(starts + 1_800_000, ZONE));
    const titles = page.getByRole("group", { name: startsWith(tr(lang, "admin:editor.sessionTitle")) });
    await titles.getByLabel(endonyms[lang]!).fill(sessionTitle);
    const boxes = [
      page.getByLabel(`${speaker} (ITU)`),
      page.getByLabel(tr(lang, "programme.language.fr")),
      page.getByLabel(tr(lang, "programme.language.ils")),
    ];
    for (const box of boxes) await box.check();
    await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:programme.addSession") }));
    await expect(page.locator(".field-error").first()).toHaveText(tr(lang, "admin:programme.outsideEvent"));
    await expect(titles.getByLabel(endonyms[lang]!)).toHaveValue(sessionTitle);
    // Every box ticked comes back ticked, not only the last of the group.
    for (const box of boxes) await expect(box).toBeChecked();
    await page.getByLabel(startsWith(tr(lang, "admin:editor.sessionStart"))).fill(wallIn(starts, ZONE));
    await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:programme.addSession") }));
    await expect(page.getByRole("link", { name: tr(lang, "admin:programme.editSession", { title: sessionTitle }) })).toBeVisible();

    // A file that is not a PDF, named .pdf: refused, nothing stored.
    const materialTitles = page.getByRole("group", { name: startsWith(tr(lang, "admin:programme.materialTitle")) });
    const target = await page.locator('select[name="target"] option', { hasText: sessionTitle }).getAttribute("value");
    await page.getByLabel(tr(lang, "admin:programme.materialFor")).selectOption(target!);
    await materialTitles.getByLabel(endonyms[lang]!).fill(lang === "ar" ? "جدول الأعمال" : "Повестка дня");
    await page
      .getByLabel(tr(lang, "admin:programme.materialFile"))
      .setInputFiles({ name: "agenda.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
    await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:programme.addMaterial") }));
    await expect(page.locator(".field-error").first()).toHaveText(tr(lang, "admin:programme.fileType"));
    expect(stored<{ n: number }>("select count(*) n from event_materials where event_id = ?", id).n).toBe(0);

    // Over 1 MB, as slides are: with JavaScript the form posts to the page's .data address, which takes a file too.
    const slides = minimalPdf(`/Padding (${"x".repeat(1_500_000)}) `);
    await page.getByLabel(tr(lang, "admin:programme.materialFile")).setInputFiles({ name: "agenda.pdf", mimeType: "application/pdf", buffer: slides });
    await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:programme.addMaterial") }));
    await expect(page.locator(".field-error")).toHaveCount(0);
    expect(stored<{ n: number }>("select count(*) n from event_materials where event_id = ? and session_id is not null", id).n).toBe(1);
    await context.close();

    // The public page, on a phone 390 px wide.
    const visitor = await (await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } })).newPage();
    const response = await visitor.goto(`/${lang}/events/${slug}`);
    expect(response?.status()).toBe(200);
    const programme = visitor.getByRole("region", { name: tr(lang, "events.programme") });
    await expect(programme.getByRole("heading", { level: 3 })).toHaveText(sessionTitle);
    const when = programme.locator(".session-when");
    await expect(when).toContainText(hoursIn(lang, starts, ZONE));
    await expect(when).toContainText(ZONE_NAME[lang]!);
    await expect(when).not.toContainText(ZONE);
    await expect(when.locator("time")).toHaveAttribute("datetime", new Date(starts).toISOString());
    await expect(programme).toContainText(speaker);
    await expect(programme).toContainText(tr(lang, "programme.language.ils"));
    const link = programme.getByRole("link", { name: lang === "ar" ? "جدول الأعمال" : "Повестка дня" });
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const download = await visitor.request.get((await link.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''agenda\.pdf$/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await visitor.context().close();
  });

  test(`an in-person registrant's emailed code checks them in once, and the second time says "already" (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.slow();
    const { slug, id } = await createOpenEvent(browser, { slug: `check-in-${lang}`, title: `Check-in workshop ${lang}`, format: "in-person" });
    const email = `check-in-${lang}@example.org`;
    const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await registerOnPage(visitor, lang, slug, { email, firstName: lang === "ar" ? "سلمى" : "Ирина", lastName: lang === "ar" ? "منصور" : "Петрова" });
    const { code, mail } = await checkInCode(lang, email);
    // The registrant's page shows the same code, and its QR image.
    const manage = await visitor.goto(manageLink(mail));
    // No page but the check-in desk may use the camera.
    expect(manage!.headers()["permissions-policy"]).toContain("camera=()");
    await expect(visitor.getByTestId("check-in-code")).toHaveText(code);
    await expect(visitor.getByRole("img", { name: tr(lang, "checkIn.image", { code }) })).toBeVisible();
    await visitor.context().close();

    const page = await (await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, lang, staff.editor.email);
    const desk = await page.goto(`/${lang}/admin/events/${id}/check-in`);
    // The desk scans QR codes with the camera: its page may ask for it (camera=() blocked the scan button's camera).
    expect(desk!.headers()["permissions-policy"]).toContain("camera=(self)");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "admin:checkIn.title"));
    if (!js) await expect(page.getByRole("button", { name: tr(lang, "admin:checkIn.scan") })).toHaveCount(0);

    await typeCode(page, lang, "0000000000");
    await expect(page.getByTestId("check-in-answer")).toContainText(tr(lang, "admin:checkIn.unknown"));

    // Typed as a person might: lower case, a space instead of the dash.
    await typeCode(page, lang, code.toLowerCase().replace("-", " "));
    const answer = page.getByTestId("check-in-answer");
    await expect(answer).toHaveAttribute("data-outcome", "checked-in");
    await expect(answer).toContainText(tr(lang, "admin:checkIn.done"));
    await expect(page.getByTestId("check-in-name")).toHaveText(lang === "ar" ? "سلمى منصور" : "Ирина Петрова");
    // The type's name says how the person takes part: the answer does not say it twice.
    await expect(answer).toContainText(IN_PERSON_NAME[lang as Lang]!);
    // The count of arrivals moves with the check-in, with or without JavaScript.
    await expect(page.getByTestId("arrived")).toHaveText(
      tr(lang, "admin:checkIn.arrived", { arrived: formatNumber(lang as Lang, 1), expected: formatNumber(lang as Lang, 1) }),
    );
    const first = stored<{ at: number | null }>("select attended_at at from registrations where email = ?", email).at;
    expect(first).toBeGreaterThan(0);

    await typeCode(page, lang, code);
    await expect(answer).toHaveAttribute("data-outcome", "already");
    await expect(answer).toContainText(tr(lang, "admin:checkIn.already", { time: "|" }).split("|")[0]!.trim());
    expect(stored<{ at: number | null }>("select attended_at at from registrations where email = ?", email).at).toBe(first);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test("offline at the door: a check-in waits on the phone and is sent once when the network returns (ru)", async ({ browser }) => {
  test.slow();
  const lang = "ru";
  const { slug, id } = await createOpenEvent(browser, { slug: "check-in-offline", title: "Offline check-in", format: "hybrid" });
  const email = "offline-ru@example.org";
  const visitor = await (await browser.newContext()).newPage();
  await registerOnPage(visitor, lang, slug, { email, firstName: "Олег", lastName: "Смирнов" });
  const { code } = await checkInCode(lang, email);
  await visitor.context().close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, lang, staff.admin.email);
  await page.goto(`/${lang}/admin/events/${id}/check-in`);
  await expect(page.locator('#check-in-form[data-queue="ready"]')).toHaveCount(1);

  await context.setOffline(true);
  await typeCode(page, lang, code);
  await expect(page.getByTestId("queue")).toHaveText(tr(lang, "admin:checkIn.waiting", { count: 1 }));
  expect(stored<{ at: number | null }>("select attended_at at from registrations where email = ?", email).at).toBeNull();
  // The same code again while offline: still one waiting.
  await typeCode(page, lang, code);
  await expect(page.getByTestId("queue")).toHaveText(tr(lang, "admin:checkIn.waiting", { count: 1 }));

  await context.setOffline(false);
  await expect(page.getByTestId("queue")).toHaveCount(0, { timeout: 25_000 });
  await expect(page.getByTestId("check-in-answer")).toHaveAttribute("data-outcome", "checked-in");
  const row = stored<{ id: number; at: number | null }>("select id, attended_at at from registrations where email = ?", email);
  expect(row.at).toBeGreaterThan(0);
  expect(
    stored<{ n: number }>("select count(*) n from audit_log where action = 'checked-in' and entity = 'registration' and entity_id = ?", String(row.id)).n,
  ).toBe(1);
  await context.close();
});
