import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { stored } from "./support/db";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { emailsTo, waitForEmail } from "./support/mail";
import { pdfLines } from "./support/pdf";
import { manageLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith } from "./support/staff";

const HOUR = 3_600_000;
const wall = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** The secretariat changes an event in its editor (English, zone UTC): its format, or its dates. */
async function editEvent(browser: Browser, id: number, change: { format?: string; startsAt?: number; endsAt?: number }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "en", staff.editor.email);
  await page.goto(`/en/admin/events/${id}`);
  if (change.format) await page.getByLabel(tr("en", "events.format"), { exact: true }).selectOption(change.format);
  if (change.startsAt) await page.getByLabel(startsWith(tr("en", "admin:editor.startsAt"))).fill(wall(change.startsAt));
  if (change.endsAt) await page.getByLabel(startsWith(tr("en", "admin:editor.endsAt"))).fill(wall(change.endsAt));
  if (change.startsAt) await page.getByLabel(tr("en", "admin:editor.registrationOpensAt")).fill(wall(change.startsAt - 24 * HOUR));
  await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
  await page.getByRole("status").waitFor();
  await context.close();
}

/** Where the subject begins, before the event's title. */
const subjectStart = (lang: string, key: string) => tr(lang, key, { eventTitle: "" }).trim();
const pdfOf = async (mail: ParsedMail) => {
  const pdf = mail.attachments.find((a) => a.contentType === "application/pdf");
  expect(pdf, "a PDF attachment").toBeDefined();
  expect(pdf!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return (await pdfLines(pdf!.content)).join(" ").replace(/\s+/g, " ");
};

async function requestLetter(page: Page, lang: string, manage: string, passportNumber: string, { tryExpired = false } = {}) {
  await page.goto(manage);
  await expect(page.getByRole("heading", { name: tr(lang, "visa.heading") })).toBeVisible();
  await page.getByRole("link", { name: tr(lang, "visa.ask") }).click();
  await page.getByLabel(startsWith(tr(lang, "visa.letterLang"))).selectOption("en");
  await page.getByLabel(startsWith(tr(lang, "visa.fullName"))).fill("SMITH Jordan");
  await page.getByLabel(startsWith(tr(lang, "visa.nationality"))).selectOption("KE");
  await page.getByLabel(startsWith(tr(lang, "visa.dateOfBirth"))).fill("1985-04-12");
  await page.getByLabel(startsWith(tr(lang, "visa.passportNumber"))).fill(passportNumber);
  await page.getByLabel(startsWith(tr(lang, "visa.passportIssuedOn"))).fill("2020-01-15");
  await page.getByLabel(startsWith(tr(lang, "visa.placeOfApplication"))).fill("Embassy of Switzerland in Nairobi");
  if (tryExpired) {
    // A passport that expired: a localized field error, what was typed kept, nothing stored.
    await page.getByLabel(startsWith(tr(lang, "visa.passportExpiresOn"))).fill("2019-01-14");
    await page.getByRole("button", { name: tr(lang, "visa.submit") }).click();
    await expect(page.locator(".field-error")).toHaveText(tr(lang, "visa.errors.expired"));
    await expect(page.getByLabel(startsWith(tr(lang, "visa.passportNumber")))).toHaveValue(passportNumber);
    expect(stored<{ n: number }>("select count(*) n from visa_letter_requests where passport_number = ?", passportNumber).n).toBe(0);
  }
  await page.getByLabel(startsWith(tr(lang, "visa.passportExpiresOn"))).fill("2034-01-14");
  await page.getByRole("button", { name: tr(lang, "visa.submit") }).click();
  await expect(page.getByRole("status").first()).toHaveText(tr(lang, "visa.requestedNotice"));
  await expect(page.getByTestId("visa-status")).toHaveText(tr(lang, "visa.state.requested"));
}

for (const { lang, js, attendee, refused } of [
  { lang: "ru", js: true, attendee: { firstName: "Анна", lastName: "Смирнова" }, refused: { firstName: "Олег", lastName: "Иванов" } },
  { lang: "ar", js: false, attendee: { firstName: "ليلى", lastName: "حداد" }, refused: { firstName: "عمر", lastName: "صالح" } },
]) {
  test(`visa letters approved and refused, then a certificate for who attended, verified by its code (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    // Two registrants, two editor visits, three emailed PDFs read back: longer than one page's journey.
    test.setTimeout(180_000);
    const title = `Certificates workshop ${lang}`;
    const shownTitle = lang === "ar" ? `${title} (ع)` : title;
    const { slug, id } = await createOpenEvent(browser, { slug: `certificates-${lang}`, title });
    await editEvent(browser, id, { format: "hybrid" });

    const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    const a = { ...attendee, email: `certified-${lang}@example.org` };
    const b = { ...refused, email: `visa-refused-${lang}@example.org` };
    await registerOnPage(visitor, lang, slug, a);
    await registerOnPage(visitor, lang, slug, b);
    const manageOf = async (email: string) => manageLink(await waitForEmail(email));
    await requestLetter(visitor, lang, await manageOf(a.email), `P${lang.toUpperCase()}123456`, { tryExpired: true });
    await requestLetter(visitor, lang, await manageOf(b.email), `R${lang.toUpperCase()}654321`);

    // The secretariat's queue, in the page's language (Arabic right to left): approve one, refuse the other.
    const desk = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(desk, lang, staff.editor.email);
    await desk.goto(`/${lang}/admin/visa-letters`);
    await expect(desk.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "admin:visa.title"));
    if (lang === "ar") await expect(desk.locator("html")).toHaveAttribute("dir", "rtl");
    const card = (passport: string) => desk.getByRole("article").filter({ hasText: passport });
    await expect(card(`P${lang.toUpperCase()}123456`)).toContainText("Embassy of Switzerland in Nairobi");
    // Beside the passport's name ("SMITH Jordan"), the name the person registered under, to compare before approving.
    await expect(card(`P${lang.toUpperCase()}123456`).getByTestId("registered-name")).toHaveText(`${attendee.firstName} ${attendee.lastName}`);
    // Its labels speak of the applicant, not to the staff member reading ("where you apply" is the form's).
    await expect(card(`P${lang.toUpperCase()}123456`)).toContainText(tr(lang, "admin:visa.placeOfApplication"));
    await expect(card(`P${lang.toUpperCase()}123456`)).not.toContainText(tr(lang, "visa.placeOfApplication"));
    await card(`P${lang.toUpperCase()}123456`)
      .getByRole("button", { name: tr(lang, "admin:visa.approve") })
      .click();
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:visa.approvedNow"));
    // The button pressed has left with its request: the outcome takes the focus, read out, and Tab goes on from there.
    await expect(desk.getByRole("status")).toBeFocused();
    const reason = lang === "ar" ? "لا تتيح المواعيد إصدار الرسالة في الوقت المناسب" : "Сроки не позволяют выдать письмо вовремя";
    await card(`R${lang.toUpperCase()}654321`).getByLabel(tr(lang, "admin:visa.reasonOptional")).fill(reason);
    await card(`R${lang.toUpperCase()}654321`)
      .getByRole("button", { name: tr(lang, "admin:visa.refuse") })
      .click();
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:visa.refusedNow"));
    await expect(desk.getByRole("status")).toBeFocused();
    // Decided, both leave the queue of requests awaiting a decision.
    await expect(card(`P${lang.toUpperCase()}123456`)).toHaveCount(0);
    await expect(card(`R${lang.toUpperCase()}654321`)).toHaveCount(0);

    const letter = await waitForEmail(a.email, (m) => (m.subject ?? "").startsWith(subjectStart(lang, "email:visaLetterApproved.subject")));
    const letterText = await pdfOf(letter);
    expect(letterText).toContain(`P${lang.toUpperCase()}123456`);
    expect(letterText).toContain("SMITH Jordan");
    expect(letterText).toContain(tr("en", "email:visaLetter.title"));
    expect(letterText).toContain(title);
    // The letter went astray: among the approved, the card names who decided, and the letter goes again.
    await desk.goto(`/${lang}/admin/visa-letters?status=approved`);
    await expect(card(`P${lang.toUpperCase()}123456`).getByTestId("decided")).toContainText(staff.editor.name);
    await card(`P${lang.toUpperCase()}123456`)
      .getByRole("button", { name: tr(lang, "admin:visa.resend") })
      .click();
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:visa.resentNow"));
    const letters = async () => (await emailsTo(a.email)).filter((m) => (m.subject ?? "").startsWith(subjectStart(lang, "email:visaLetterApproved.subject")));
    await expect.poll(async () => (await letters()).length).toBe(2);
    for (const sent of await letters()) expect(await pdfOf(sent)).toBe(letterText);
    const refusal = await waitForEmail(b.email, (m) => (m.subject ?? "").startsWith(subjectStart(lang, "email:visaLetterRefused.subject")));
    expect(refusal.text).toContain(tr(lang, "email:visaLetterRefused.body", { eventTitle: shownTitle }));
    expect(refusal.text).toContain(reason);
    expect(refusal.attachments).toHaveLength(0);
    await visitor.goto(await manageOf(b.email));
    await expect(visitor.getByTestId("visa-status")).toHaveText(tr(lang, "visa.state.refused"));

    // The event takes place; the desk marks who attended, then issues the certificates.
    await editEvent(browser, id, { startsAt: Date.now() - 3 * HOUR, endsAt: Date.now() - HOUR });
    // Before anyone is marked as attended, the page says so, rather than "everyone who attended has a certificate"
    // over an empty table.
    await desk.goto(`/${lang}/admin/events/${id}/certificates`);
    await expect(desk.getByText(tr(lang, "admin:certificates.noneAttended"))).toBeVisible();
    await expect(desk.getByText(tr(lang, "admin:certificates.allIssued"))).toHaveCount(0);
    await expect(desk.getByText(tr(lang, "admin:review.empty"))).toBeVisible();
    await desk.goto(`/${lang}/admin/events/${id}/registrants`);
    await desk
      .getByRole("row")
      .filter({ hasText: a.email })
      .getByRole("button", { name: tr(lang, "admin:desk.markAttended") })
      .click();
    await expect(desk.getByRole("row").filter({ hasText: a.email })).toContainText(tr(lang, "admin:desk.attended"));
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:desk.done.attended"));
    await expect(desk.getByRole("status")).toBeFocused();
    await desk.getByRole("link", { name: tr(lang, "admin:certificates.title") }).click();
    await desk.getByRole("button", { name: tr(lang, "admin:certificates.issue") }).click();
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:certificates.issuedNow", { n: new Intl.NumberFormat(lang).format(1) }));
    await expect(desk.getByText(tr(lang, "admin:certificates.allIssued"))).toBeVisible();
    expect(stored<{ n: number }>("select count(*) n from certificates c join registrations r on r.id = c.registration_id where r.email = ?", b.email).n).toBe(
      0,
    );

    const mail = await waitForEmail(a.email, (m) => (m.subject ?? "").startsWith(subjectStart(lang, "email:certificateIssued.subject")));
    const certificate = await pdfOf(mail);
    expect(certificate).toContain(tr(lang, "email:certificate.title"));
    expect(certificate).toContain(`${a.firstName} ${a.lastName}`);
    // A line mixing directions comes out of the reader run by run, in the order they stand on the page
    // (the Arabic title's Latin words, then «(ع)» to their left); each run reads in its own order.
    for (const run of shownTitle.split(/ (?=\()/)) expect(certificate).toContain(run);
    const code = mail.text!.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    expect(certificate).toContain(code);

    // Anyone holding the code checks it, in any language; a code nobody was given is not found.
    const checker = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await checker.goto(`/${lang}/certificates/verify`);
    await checker.getByLabel(tr(lang, "certificates.code")).fill(code.toLowerCase().replace(/-/g, " "));
    await checker.getByRole("button", { name: tr(lang, "certificates.check") }).click();
    await expect(checker).toHaveURL(new RegExp(`/${lang}/certificates/${code}$`));
    const answer = checker.getByRole("status");
    await expect(answer).toContainText(tr(lang, "certificates.genuine"));
    await expect(answer).toContainText(`${a.firstName} ${a.lastName}`);
    await expect(answer).toContainText(shownTitle);
    const unknown = await checker.goto(`/${lang}/certificates/ZZZZ-ZZZZ-ZZZZ`);
    expect(unknown?.status()).toBe(404);
    await expect(checker.getByRole("alert")).toHaveText(tr(lang, "certificates.notFound"));

    // Marked absent after all, the holder's certificate is withdrawn, and its code says so.
    await desk.goto(`/${lang}/admin/events/${id}/registrants`);
    await desk
      .getByRole("row")
      .filter({ hasText: a.email })
      .getByRole("button", { name: tr(lang, "admin:desk.markAbsent") })
      .click();
    await expect(
      desk
        .getByRole("row")
        .filter({ hasText: a.email })
        .getByRole("button", { name: tr(lang, "admin:desk.markAttended") }),
    ).toBeVisible();
    await checker.goto(`/${lang}/certificates/${code}`);
    const today = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date());
    await expect(checker.getByRole("alert")).toHaveText(tr(lang, "certificates.withdrawn", { date: today }));
    await expect(checker.getByRole("alert")).not.toContainText(a.lastName);
  });
}
