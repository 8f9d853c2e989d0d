import { expect, test } from "@playwright/test";
import { E2E_URL, staff } from "./support/env";
import { tr } from "./support/i18n";
import { outboxCount, stored } from "./support/db";
import { waitForEmail } from "./support/mail";
import { signInAs, startsWith } from "./support/staff";
import { minimalPdf } from "../../app/utils/pdf";

const DECLARATION = "/declarations/cop29-declaration";
const pdf = minimalPdf();

for (const { lang, country, organisation, category, js } of [
  { lang: "ru", country: "KZ", organisation: "Министерство цифрового развития", category: "government", js: true },
  { lang: "zh", country: "CN", organisation: "清华大学绿色计算中心", category: "academia", js: false },
  { lang: "ar", country: "JO", organisation: "وزارة الاقتصاد الرقمي والريادة", category: "government", js: false },
]) {
  test(`endorse with a letter, confirm by email, the secretariat approves, and the endorser is listed (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
    request,
  }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    const email = `focal-point-${lang}@example.org`;
    const statement = { ru: "Мы поддерживаем цели декларации.", zh: "我们支持宣言的目标。", ar: "نؤيد أهداف الإعلان." }[lang]!;
    await page.goto(`/${lang}${DECLARATION}`);
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await page.getByLabel(startsWith(tr(lang, "endorse.category"))).selectOption(category);
    await page.getByLabel(startsWith(tr(lang, "endorse.organisation"))).fill(organisation);
    await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(country);
    await page.getByLabel(startsWith(tr(lang, "endorse.representativeName"))).fill("Айгерим Нурланова");
    await page.getByLabel(startsWith(tr(lang, "endorse.representativeTitle"))).fill("Вице-министр");
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    await page.getByLabel(startsWith(tr(lang, "endorse.statement"))).fill(statement);
    await page.getByLabel(startsWith(tr(lang, "endorse.letter"))).setInputFiles({ name: "note-verbale.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByLabel(tr(lang, "endorse.consent")).check();
    await page.getByRole("button", { name: tr(lang, "endorse.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "endorse.sentTitle"));
    expect(new URL(page.url()).hash).toBe("#main");

    const mail = await waitForEmail(email, (m) => /endorsements\/verify\//.test(m.text ?? ""));
    const verifyPath = new URL(mail.text!.match(/https?:\/\/\S+\/endorsements\/verify\/[A-Za-z0-9_-]{43}/)![0]).pathname;
    // Opening the link changes nothing by itself; the button does.
    await page.goto(verifyPath);
    await page.getByRole("button", { name: tr(lang, "verify.confirm") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "verify.verified"));
    const again = await page.goto(verifyPath);
    expect(again?.status()).toBe(409);
    await expect(page.getByRole("status")).toHaveText(tr(lang, "verify.already"));

    // Nothing is public before the secretariat approves.
    expect(await (await request.get(`/${lang}${DECLARATION}/endorsers`)).text()).not.toContain(statement);

    await signInAs(page, lang, staff.reviewer.email);
    await page.goto(`/${lang}/admin/endorsements`);
    await page.getByRole("link", { name: organisation }).first().click();
    await expect(page.getByRole("link", { name: /note-verbale\.pdf/ })).toBeVisible();
    // The reviewer is told that approving publishes it as verified by official letter, before approving.
    await expect(page.getByText(tr(lang, "admin:review.letterHint"))).toBeVisible();
    // What was sent is labelled as what it is, without the form's "(optional)".
    await expect(page.locator("dt", { hasText: tr(lang, "admin:review.letter") })).toHaveText(tr(lang, "admin:review.letter"));
    await expect(page.locator("dt", { hasText: tr(lang, "admin:review.statement") })).toHaveText(tr(lang, "admin:review.statement"));
    // The representative and their title, each isolated, joined by the language's comma (Arabic «،»).
    await expect(page.locator("dd", { hasText: "Айгерим Нурланова" })).toHaveText(`Айгерим Нурланова${tr(lang, "comma")}Вице-министр`);
    const letter = await page.request.get(new URL((await page.getByRole("link", { name: /note-verbale\.pdf/ }).getAttribute("href"))!, E2E_URL).toString());
    expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // The download carries a name the server made, never the one the endorser chose.
    expect(letter.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''endorsement-\d+-letter\.pdf$/);
    await page.getByRole("button", { name: tr(lang, "admin:review.approve") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:editor.saved"));
    const approved = await waitForEmail(email, (m) => m.subject === tr(lang, "email:endorsementApproved.subject", { declaration: title }));
    expect(approved.text).toContain(organisation);

    await page.goto(`/${lang}${DECLARATION}/endorsers?country=${country}`);
    const card = page.locator(".endorser").filter({ hasText: statement });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(tr(lang, "endorsers.verified"));
    // The statement is marked up in the language of the form it was written in, whatever the reader's page.
    await expect(card.getByTestId("statement")).toHaveAttribute("lang", lang);
    if (category === "government") {
      const countryName = new Intl.DisplayNames([lang], { type: "region" }).of(country)!;
      await expect(card.locator("h3")).toContainText(tr(lang, "endorsers.governmentOf", { country: countryName }));
    } else {
      await expect(card.locator("h3")).toContainText(organisation);
    }

    // No contact detail anywhere public: pages, open data.
    for (const path of [
      `/${lang}${DECLARATION}`,
      `/${lang}${DECLARATION}/endorsers`,
      `/${lang}${DECLARATION}/endorsers.csv`,
      `/${lang}${DECLARATION}/endorsers.json`,
      `/${lang}/`,
    ]) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toContain(email);
      expect(body, path).not.toContain("Айгерим");
      expect(body, path).not.toContain("note-verbale");
    }
    const json = await (await request.get(`/${lang}${DECLARATION}/endorsers.json`)).json();
    expect(Object.keys(json.endorsers[0]).sort()).toEqual([
      "approvedAt",
      "category",
      "country",
      "name",
      "region",
      "statement",
      "verified",
      "verifiedByFocalPoint",
    ]);
  });
}

test("a letter over the upload limit is refused on its field as soon as it is chosen, and the rest of the form is kept and sent (es)", async ({ page }) => {
  // 17 MB is over the server's 16 MB limit for a whole upload: sent, it was cut off and the browser showed an error page.
  const huge = Buffer.alloc(17 * 1024 * 1024, 0x20);
  pdf.copy(huge);
  const email = "oversized-letter-es@example.org";
  await page.goto(`/es${DECLARATION}`);
  await page.getByLabel(startsWith(tr("es", "endorse.category"))).selectOption("government");
  await page.getByLabel(startsWith(tr("es", "endorse.organisation"))).fill("Ministerio de Tecnologías de la Información y las Comunicaciones");
  await page.getByLabel(startsWith(tr("es", "register.country"))).selectOption("CO");
  await page.getByLabel(startsWith(tr("es", "endorse.representativeName"))).fill("María Fernanda Ospina");
  await page.getByLabel(startsWith(tr("es", "endorse.representativeTitle"))).fill("Viceministra");
  await page.getByLabel(startsWith(tr("es", "register.email"))).fill(email);
  const letter = page.getByLabel(startsWith(tr("es", "endorse.letter")));
  await letter.setInputFiles({ name: "carta-oficial.pdf", mimeType: "application/pdf", buffer: huge });
  await expect(page.locator("#endorse-form-letter-error")).toHaveText(tr("es", "errors.letterTooLarge"));
  await expect(letter).toHaveAttribute("aria-invalid", "true");
  expect(await letter.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
  await page.getByLabel(tr("es", "endorse.consent")).check();
  await page.getByRole("button", { name: tr("es", "endorse.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("es", "endorse.sentTitle"));
  expect(stored<{ n: number }>("select count(*) n from endorsements where email = ?", email).n).toBe(1);
});

for (const js of [false, true]) {
  test(`a form returned for correction asks for the letter again where the browser did not keep it (es${js ? "" : ", no JavaScript"})`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await page.goto(`/es${DECLARATION}`);
    await page.getByLabel(startsWith(tr("es", "endorse.category"))).selectOption("government");
    await page.getByLabel(startsWith(tr("es", "endorse.organisation"))).fill("Ministerio de Transportes y Comunicaciones");
    await page.getByLabel(startsWith(tr("es", "register.country"))).selectOption("PE");
    await page.getByLabel(startsWith(tr("es", "endorse.representativeName"))).fill("Ana Quispe");
    await page.getByLabel(startsWith(tr("es", "endorse.representativeTitle"))).fill("Directora General");
    await page.getByLabel(startsWith(tr("es", "register.email"))).fill("ana@");
    const letter = page.getByLabel(startsWith(tr("es", "endorse.letter")));
    await letter.setInputFiles({ name: "carta-oficial.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByLabel(tr("es", "endorse.consent")).check();
    await page.getByRole("button", { name: tr("es", "endorse.submit") }).click();
    await expect(page.locator(".field-error").getByText(tr("es", "errors.email"))).toBeVisible();
    const kept = await letter.evaluate((input: HTMLInputElement) => input.files?.length ?? 0);
    // Without JavaScript the page is sent anew and the file field comes back empty: the person is told. With it, the file stays.
    expect(kept).toBe(js ? 1 : 0);
    if (js) await expect(page.locator("#endorse-form-letter-again")).toHaveCount(0);
    else await expect(page.locator("#endorse-form-letter-again")).toHaveText(tr("es", "endorse.letterAgain"));
  });
}

test("upload rules: a renamed non-PDF, an 11 MB file and an over-long statement are refused with a localized message, storing nothing", async ({ request }) => {
  const html = await (await request.get(`/ru${DECLARATION}`)).text();
  const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  const fields = {
    _csrf: csrf,
    fax_number: "",
    category: "civil-society",
    organisation: "Upload Test NGO",
    country: "FR",
    representativeName: "Jeanne Martin",
    representativeTitle: "Director",
    email: "upload-test@example.org",
    statement: "",
    consent: "on",
  };
  const post = (extra: Record<string, unknown>) => request.post(`/ru${DECLARATION}`, { multipart: { ...fields, ...extra } as never, maxRedirects: 0 });
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

  const fake = await post({ letter: { name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004 this is a zip") } });
  expect(fake.status()).toBe(415);
  expect(await fake.text()).toContain(esc(tr("ru", "errors.letterNotPdf")));
  // A signature somewhere in the first kilobyte used to be enough; the header must be at byte 0 and a cross-reference present.
  const shifted = await post({
    letter: { name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("<html><script>x</script>"), pdf]) },
  });
  expect(shifted.status()).toBe(415);
  const scripted = await post({
    letter: { name: "letter.pdf", mimeType: "application/pdf", buffer: minimalPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ") },
  });
  expect(scripted.status()).toBe(415);
  expect(await scripted.text()).toContain(esc(tr("ru", "errors.letterActiveContent")));

  const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
  pdf.copy(big);
  const tooBig = await post({ letter: { name: "big.pdf", mimeType: "application/pdf", buffer: big } });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain(esc(tr("ru", "errors.letterTooLarge")));

  const long = await post({ statement: "я".repeat(2001) });
  expect(long.status()).toBe(400);
  expect(await long.text()).toContain(esc(tr("ru", "errors.tooLong", { count: 2000 })));

  const script = await post({ organisation: "<script>alert(1)</script>" });
  expect(script.status()).toBe(400);
  expect(await script.text()).not.toContain("<script>alert(1)</script>");

  // Nothing stored: the public list shows approved endorsers only, so it is the database that is asked.
  expect(stored<{ n: number }>("select count(*) n from endorsements where email = ?", "upload-test@example.org").n).toBe(0);
  expect(outboxCount("upload-test@example.org")).toBe(0);
});
