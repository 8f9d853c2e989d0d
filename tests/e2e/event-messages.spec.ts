import { expect, test } from "@playwright/test";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { emailsTo, waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith, submitAndWait } from "./support/staff";
import { languageName, type Lang } from "../../app/utils/i18n";

const JOIN = "https://meet.example.org/e2e-message-room";

for (const { lang, js } of [
  { lang: "en", js: true },
  { lang: "ar", js: false },
]) {
  test(`the secretariat writes to an event's registrants, each reads it in their language (${lang}${js ? "" : ", no JavaScript"})`, async ({ browser }) => {
    test.slow();
    const title = `Message webinar ${lang}`;
    const { slug, id } = await createOpenEvent(browser, { slug: `message-${lang}`, title, capacity: 1, joinUrl: JOIN });
    const visitor = await (await browser.newContext()).newPage();
    const seated = `seated-${lang}@example.org`;
    const waiting = `waiting-${lang}@example.org`;
    await registerOnPage(visitor, "fr", slug, { email: seated, firstName: "Awa", lastName: "Ndiaye" });
    await registerOnPage(visitor, "ar", slug, { email: waiting, firstName: "Omar", lastName: "Saleh" });
    await visitor.context().close();

    const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(page, lang, staff.editor.email);
    await page.goto(`/${lang}/admin/events/${id}/registrants`);
    await page.getByRole("link", { name: tr(lang, "admin:desk.write") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "admin:messages.title"));
    if (lang === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const audience = page.getByLabel(startsWith(tr(lang, "admin:messages.to")));
    const option = (key: string, n: number) =>
      tr(lang, "withNote", { text: tr(lang, `admin:messages.audience.${key}`), note: new Intl.NumberFormat(lang).format(n) });
    await expect(audience.locator("option:checked")).toHaveText(option("confirmed", 1));
    await expect(audience.locator('option[value="active"]')).toHaveText(option("active", 2));

    // Nothing written: refused, localized, nothing sent.
    await page.getByRole("button", { name: tr(lang, "admin:messages.preview") }).click();
    await expect(page.locator(".field-error").first()).toHaveText(tr(lang, "errors.required"));

    const subject = page.getByRole("group", { name: startsWith(tr(lang, "admin:messages.subject")) });
    const body = page.getByRole("group", { name: startsWith(tr(lang, "admin:messages.body")) });
    // The form says the salutation is already there, so the text does not greet the reader twice.
    await expect(body).toHaveAccessibleDescription(new RegExp(tr(lang, "admin:messages.salutationHint").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await subject.getByLabel("English").fill("Slides and agenda");
    await subject.getByLabel("Français").fill("Présentations et ordre du jour");
    await body.getByLabel("English").fill("The agenda is online.\n\nPlease connect ten minutes early.");
    await body.getByLabel("Français").fill("L'ordre du jour est en ligne.\n\nMerci de vous connecter dix minutes avant.");
    const formKey = await page.locator('input[name="formKey"]').first().inputValue();
    // A preview first: to whom, how many, in which languages; nothing is sent yet.
    await page.getByRole("button", { name: tr(lang, "admin:messages.preview") }).click();
    const preview = page.getByRole("region", { name: tr(lang, "admin:messages.previewTitle") });
    const n = (k: number) => new Intl.NumberFormat(lang).format(k);
    await expect(preview).toContainText(tr(lang, "admin:messages.previewTo", { audience: tr(lang, "admin:messages.audience.confirmed"), n: n(1) }));
    // The confirmed participant reads French: the preview is the French email, rendered by the template that sends it,
    // with its greeting, frame and paragraphs, in the recipient's language and direction.
    const version = preview.getByTestId("email-version-fr");
    await expect(preview.locator("article")).toHaveCount(1);
    await expect(version.getByRole("heading", { level: 3 })).toHaveText(
      tr(lang, "admin:messages.previewVersion", { language: languageName("fr", lang as Lang) }),
    );
    await expect(version.locator(".email-subject")).toContainText(`Présentations et ordre du jour — ${title}`);
    const rendered = version.locator(".email-preview");
    await expect(rendered).toHaveAttribute("dir", "ltr");
    // The letter's salutation, then its closing formula and the secretariat's signature.
    await expect(rendered.getByText(tr("fr", "email:registration.hello", { name: "Awa Ndiaye" }), { exact: true })).toHaveCount(1);
    await expect(rendered).toContainText(tr("fr", "email:signature"));
    await expect(rendered.locator("p", { hasText: "Merci de vous connecter dix minutes avant." })).toHaveCount(1);
    // Typed values are isolated for bidi in the email as sent (U+2068…U+2069); compare what a reader sees.
    const seen = (await rendered.evaluate((el) => el.textContent ?? "")).replace(/[\u2066-\u2069]/g, "");
    expect(seen).toContain(tr("fr", "email:eventMessage.intro", { event: title }));
    expect(seen).not.toContain("Please connect ten minutes early.");
    // The personal link is masked; the plain-text part is there too.
    const manage = rendered.getByRole("link", { name: tr("fr", "email:registration.manage") });
    expect(await manage.getAttribute("href")).toMatch(/\/fr\/registrations\/…$/);
    await expect(version.locator("pre.email-text")).toContainText("Merci de vous connecter dix minutes avant.");
    // The languages are named in the page's language, as running text names them (not the inputs' endonyms).
    // (In Arabic, English is «الإنكليزية», as UN Arabic and the portal's texts write it, not ICU's «الإنجليزية».)
    const named = { of: (l: Lang) => languageName(l, lang as Lang) };
    await expect(preview).toContainText(
      tr(lang, "admin:messages.previewLanguages", {
        written: new Intl.ListFormat(lang === "en" ? "en-GB" : lang, { style: "long", type: "conjunction" }).format([named.of("en")!, named.of("fr")!]),
        fallback: named.of("en")!,
      }),
    );
    // Nothing sent yet: the server has no message on record.
    await expect(page.getByText(tr(lang, "admin:messages.none"))).toBeVisible();
    await submitAndWait(page, preview.getByRole("button", { name: tr(lang, "admin:messages.send") }));
    await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:messages.queued", { n: new Intl.NumberFormat(lang).format(1) }));
    await expect(page.getByRole("status")).toBeFocused();
    const sentTable = page.getByRole("table", { name: tr(lang, "admin:messages.sent") });
    await expect(sentTable.getByRole("row")).toHaveCount(2);
    await expect(sentTable).toContainText(tr(lang, "admin:messages.audience.confirmed"));
    await expect(sentTable).toContainText(staff.editor.name);

    // The confirmed registrant reads it in French, with the join link; the one waiting gets nothing.
    const french = await waitForEmail(seated, (m) => m.subject === `Présentations et ordre du jour — ${title}`);
    expect(french.text).toContain("Merci de vous connecter dix minutes avant.");
    expect(french.text).toContain(tr("fr", "email:eventMessage.intro", { event: title }));
    expect(french.text).toContain(JOIN);

    // The same form sent again (a double click, a reload) writes to nobody twice.
    const html = await (await page.request.get(`/${lang}/admin/events/${id}/messages`)).text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const again = await page.request.post(`/${lang}/admin/events/${id}/messages`, {
      form: { _csrf: csrf, intent: "send", formKey, audience: "confirmed", subject_en: "Slides and agenda", body_en: "The agenda is online." },
      maxRedirects: 0,
    });
    expect(again.status()).toBe(302);
    expect(again.headers()["location"]).toContain("repeat=1");

    // Everyone still registered: the Arabic reader has no Arabic version, so gets the English one, said to be in English.
    await page.goto(`/${lang}/admin/events/${id}/messages`);
    await page.getByLabel(startsWith(tr(lang, "admin:messages.to"))).selectOption("active");
    await page
      .getByRole("group", { name: startsWith(tr(lang, "admin:messages.subject")) })
      .getByLabel("English")
      .fill("Room change");
    await page
      .getByRole("group", { name: startsWith(tr(lang, "admin:messages.body")) })
      .getByLabel("English")
      .fill("We have moved to a larger room.\nThe secretariat");
    await page.getByRole("button", { name: tr(lang, "admin:messages.preview") }).click();
    // Two languages among the recipients: two emails previewed, the Arabic one right to left and said to be in English.
    const both = page.getByRole("region", { name: tr(lang, "admin:messages.previewTitle") });
    await expect(both.locator("article")).toHaveCount(2);
    const arabicVersion = both.getByTestId("email-version-ar").locator(".email-preview");
    await expect(arabicVersion).toHaveAttribute("dir", "rtl");
    const arabicSeen = (await arabicVersion.evaluate((el) => el.textContent ?? "")).replace(/[\u2066-\u2069]/g, "");
    expect(arabicSeen).toContain(tr("ar", "email:eventMessage.writtenIn", { language: languageName("en", "ar") }));
    expect(arabicSeen).toContain("We have moved to a larger room.");
    // A single line break (a signature) is kept in the email as sent, and so in its preview.
    await expect(arabicVersion.locator("p", { hasText: "We have moved to a larger room." }).locator("br")).toHaveCount(1);
    await submitAndWait(page, both.getByRole("button", { name: tr(lang, "admin:messages.send") }));
    await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:messages.queued", { n: new Intl.NumberFormat(lang).format(2) }));
    const arabic = await waitForEmail(waiting, (m) => m.subject === `Room change — ${title} (ع)`);
    expect(arabic.html).toContain('dir="rtl"');
    expect(arabic.text).toContain("We have moved to a larger room.");
    expect(arabic.text).toContain(tr("ar", "email:eventMessage.writtenIn", { language: languageName("en", "ar") }));
    expect(arabic.text).not.toContain(JOIN);
    // Two messages, each once: the repeated form sent nothing.
    const messages = [`Présentations et ordre du jour — ${title}`, `Room change — ${title}`];
    await waitForEmail(seated, (m) => m.subject === messages[1]);
    expect(
      (await emailsTo(seated))
        .filter((m) => messages.includes(m.subject ?? ""))
        .map((m) => m.subject)
        .sort(),
    ).toEqual(messages.sort());
    await page.context().close();
  });
}

test("a reviewer may not write to registrants", async ({ page }) => {
  await signInAs(page, "en", staff.reviewer.email);
  const response = await page.goto("/en/admin/events/1/messages");
  expect(response?.status()).toBe(403);
});
