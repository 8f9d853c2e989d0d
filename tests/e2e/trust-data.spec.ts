import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB, staff } from "./support/env";
import { confirmJoinRequest } from "./support/forms";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { manageLink, registerOnPage } from "./support/register";
import { signInAs, startsWith } from "./support/staff";
import { minimalPdf } from "../../app/utils/pdf";

/** The personal-data lifecycle a person sees: the notice, deleting one's own registration, an administrator's erasure. */
const EVENT = "example-webinar-green-standards";
const rows = (sql: string, ...params: unknown[]) => {
  const conn = new Database(E2E_DB, { readonly: true });
  try {
    return conn.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    conn.close();
  }
};

for (const lang of ["fr", "ar"]) {
  test(`privacy notice in ${lang}: linked from the footer and every consent box`, async ({ page }) => {
    // Each consent box is marked required before anyone is refused, as the required text fields are.
    for (const [path, consent] of [
      [`/${lang}/events/${EVENT}`, "register.consent"],
      [`/${lang}/declarations/cop29-declaration`, "endorse.consent"],
      [`/${lang}/partners/join`, "partners.consent"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: tr(lang, "privacy.consentLink") })).toHaveAttribute("href", `/${lang}/privacy`);
      const box = page.getByRole("checkbox", { name: tr(lang, consent) });
      expect(await box.evaluate((el) => (el as HTMLInputElement).required)).toBe(true);
      await expect(page.locator(".field-checkbox label", { has: box }).locator(".required")).toHaveText(/\*/);
    }
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: tr(lang, "footer.privacy") })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/privacy$`));
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "privacy.title"));
    for (const form of ["registration", "endorsement", "partners", "emails"]) {
      await expect(page.getByRole("heading", { level: 3, name: tr(lang, `privacy.${form}.heading`) })).toBeVisible();
    }
    // The retention period as the page counts it, in the language's plural form («30 يوماً», «30 jours»).
    await expect(page.getByText(tr(lang, "privacy.emails.kept", { emails: tr(lang, "privacy.days", { count: 30 }) }))).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "green@itu.int" })).toHaveAttribute("href", "mailto:green@itu.int");
  });

  test(`a registrant deletes their own registration and data in ${lang}, after confirming`, async ({ page }) => {
    const email = `self-erase-${lang}-${Date.now()}@example.org`;
    await registerOnPage(page, lang, EVENT, { email, firstName: "Noor", lastName: `Haddad-${lang}` });
    const link = manageLink(await waitForEmail(email));
    await page.goto(link);
    await page.getByRole("link", { name: tr(lang, "manage.eraseAsk") }).click();
    await expect(page.getByRole("alert")).toHaveText(tr(lang, "manage.eraseConfirmBody"));
    // Nothing is deleted by merely asking.
    expect(rows("select count(*) n from registrations where email = ?", email)[0]!.n).toBe(1);
    await page.getByRole("button", { name: tr(lang, "manage.eraseConfirm") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "manage.erasedTitle"));
    await expect(page.getByRole("status")).toHaveText(tr(lang, "manage.erasedBody"));
    expect(rows("select count(*) n from registrations where email = ? or first_name = 'Noor' and last_name = ?", email, `Haddad-${lang}`)[0]!.n).toBe(0);
    expect((await page.goto(link))?.status()).toBe(404);
  });
}

for (const lang of ["en", "ar"]) {
  test(`an administrator erases a person by address in ${lang}; only a count is recorded`, async ({ page, browser }) => {
    const email = `erase-${lang}-${Date.now()}@example.org`;
    const visitor = await browser.newPage();
    await registerOnPage(visitor, lang, EVENT, { email, firstName: "Lina", lastName: `Sabbagh-${lang}` });
    await waitForEmail(email);
    await visitor.close();

    await signInAs(page, lang, staff.admin.email);
    await page.getByRole("link", { name: tr(lang, "admin:layout.erasure") }).click();
    await page.getByLabel(startsWith(tr(lang, "admin:erasure.email"))).fill(email);
    await page.getByRole("button", { name: tr(lang, "admin:erasure.submit") }).click();
    // Without the confirmation box nothing happens; the error summary's link takes the keyboard to the box.
    await expect(page.locator(".field-error").getByText(tr(lang, "admin:erasure.confirmRequired"))).toBeVisible();
    await page
      .getByRole("alert")
      .getByRole("link")
      .filter({ hasText: tr(lang, "admin:erasure.confirmRequired") })
      .press("Enter");
    await expect(page.getByLabel(tr(lang, "admin:erasure.confirm"))).toBeFocused();
    expect(rows("select count(*) n from registrations where email = ?", email)[0]!.n).toBe(1);
    await page.getByLabel(tr(lang, "admin:erasure.confirm")).check();
    await page.getByRole("button", { name: tr(lang, "admin:erasure.submit") }).click();
    await expect(page.getByRole("status").getByRole("heading")).toHaveText(tr(lang, "admin:erasure.done"));
    await expect(page.getByTestId("erased-registrations")).toHaveText(new Intl.NumberFormat(lang).format(1));
    expect(rows("select count(*) n from registrations where email = ? or first_name = 'Lina' and last_name = ?", email, `Sabbagh-${lang}`)[0]!.n).toBe(0);
    expect(rows("select count(*) n from outbox where to_address = ?", email)[0]!.n).toBe(0);
    const audit = rows("select detail from audit_log where action = 'person-erased'");
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(email);
  });
}

test("a POST with Origin: null gets a localized 403, in English and in Arabic", async ({ request }) => {
  for (const lang of ["en", "ar"]) {
    const res = await request.post(`/${lang}/partners/join`, { headers: { Origin: "null" }, form: { organisation: "x" }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain(tr(lang, "errors.csrf").replace(/'/g, "&#39;"));
  }
});

test("a full letters quarantine answers a localized 503 in Russian and Arabic, stores nothing, and registrations keep working", async ({ request, page }) => {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
  // 2.5 MB: one fills the 3 MB quarantine of the test server.
  const letter = minimalPdf(`/Pad (${"x".repeat(2.5 * 1024 * 1024)}) `);
  const post = async (lang: string, email: string) => {
    const html = await (await request.get(`/${lang}/declarations/cop29-declaration`)).text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    return request.post(`/${lang}/declarations/cop29-declaration`, {
      multipart: {
        _csrf: csrf,
        fax_number: "",
        category: "academia",
        organisation: `Quarantine ${lang}`,
        country: "FR",
        representativeName: "Jeanne Martin",
        representativeTitle: "Director",
        email,
        statement: "",
        consent: "on",
        letter: { name: "l.pdf", mimeType: "application/pdf", buffer: letter },
      } as never,
      maxRedirects: 0,
    });
  };
  const first = await post("ru", "quarantine-first@example.org");
  expect(first.status()).toBe(302);
  for (const lang of ["ru", "ar"]) {
    const email = `quarantine-${lang}@example.org`;
    const refused = await post(lang, email);
    expect(refused.status()).toBe(503);
    expect(await refused.text()).toContain(esc(tr(lang, "errors.storageBusy")));
    expect(rows("select count(*) n from endorsements where email = ?", email)[0]!.n).toBe(0);
  }
  await registerOnPage(page, "ar", EVENT, { email: `after-full-${Date.now()}@example.org`, firstName: "Salma", lastName: "Nasser" });
  // Verifying the first letter moves it to the store and frees the quarantine for the other tests.
  const verify = (await waitForEmail("quarantine-first@example.org")).text!.match(/\/ru\/endorsements\/verify\/[\w-]{43}/)![0];
  await page.goto(verify);
  await page.getByRole("button", { name: tr("ru", "verify.confirm") }).click();
  await expect.poll(() => rows("select status from endorsements where email = 'quarantine-first@example.org'")[0]!.status).toBe("pending");
});

for (const lang of ["en", "ar"]) {
  test(`a partner's new name waits for the secretariat, and a suspension ends its session (${lang})`, async ({ browser, page, request }) => {
    const email = `oversight-${lang}@operator.example`;
    const organisation = lang === "en" ? "Green Carrier Ltd" : "شركة الناقل الأخضر";
    const renamed = `${organisation} — ITU`;
    await page.goto(`/${lang}/partners/join`);
    await page.getByRole("textbox", { name: startsWith(tr(lang, "partners.organisationName")) }).fill(organisation);
    await page.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("private-sector");
    await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption("JO");
    await page.getByLabel(startsWith(tr(lang, "partners.contactName"))).fill("Rami Haddad");
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    // Without the consent, the error speaks of this request, not of registering for an event.
    await page.getByRole("button", { name: tr(lang, "partners.joinSubmit") }).click();
    await expect(page.locator(".field-error").getByText(tr(lang, "errors.consentRequest"))).toBeVisible();
    await page.getByLabel(tr(lang, "partners.consent")).check();
    await page.getByRole("button", { name: tr(lang, "partners.joinSubmit") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.joinSent"));
    await confirmJoinRequest(page.request, lang, email);

    const secretariat = await browser.newPage();
    await signInAs(secretariat, lang, staff.admin.email);
    await secretariat.goto(`/${lang}/admin/partners`);
    await secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.accepted")} — ${organisation}` }).click();
    await expect(secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.suspend")} — ${organisation}` })).toBeVisible();

    await page.goto(`/${lang}/partners/sign-in`);
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    await page.getByRole("button", { name: tr(lang, "partners.sendLink") }).click();
    const mail = await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerSignIn.subject", { organisation }));
    await page.goto(new URL(mail.text!.match(/https?:\/\/\S+\/partners\/sign-in\/[A-Za-z0-9_-]{43}/)![0]).pathname);
    await page.getByRole("button", { name: tr(lang, "partners.signInButton") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "partners.accountTitle"));

    // The type and country are shown as accepted, not offered for change; a form that posts them
    // anyway (as a "Member State administration" of another country) changes neither.
    await expect(page.getByTestId("accepted-facts")).toContainText(tr(lang, "organisationType.private-sector"));
    await expect(page.getByLabel(startsWith(tr(lang, "register.country")))).toHaveCount(0);
    await page.getByRole("button", { name: tr(lang, "manage.save") }).evaluate((button: HTMLButtonElement) => {
      for (const [name, value] of [
        ["type", "member-state"],
        ["country", "DE"],
      ]) {
        const input = Object.assign(document.createElement("input"), { type: "hidden", name, value });
        button.form!.append(input);
      }
    });
    await page.getByRole("textbox", { name: startsWith(tr(lang, "partners.organisationName")) }).fill(renamed);
    await page.getByRole("button", { name: tr(lang, "manage.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.renamePending"));
    expect(rows("select type, country from organisations where proposed_name = ?", renamed)[0]).toEqual({ type: "private-sector", country: "JO" });
    await expect(page.getByTestId("rename-pending")).toHaveText(tr(lang, "partners.renameWaiting", { name: renamed }));
    await expect(
      page.getByText(tr(lang, "partners.signedInAs", { name: "\u2068Rami Haddad\u2069", organisation: `\u2068${organisation}\u2069` })),
    ).toBeVisible();
    expect(rows("select name from organisations where proposed_name = ?", renamed)[0]!.name).toBe(organisation);

    await secretariat.reload();
    // The proposed name is isolated: "… — ITU" reads whole beside an Arabic label.
    const accept = secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.renameAccept")} — ${renamed}` });
    await expect(accept.locator("bdi")).toHaveText(renamed);
    await accept.click();
    await expect(secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.suspend")} — ${renamed}` })).toBeVisible();
    await page.reload();
    await expect(page.getByText(tr(lang, "partners.signedInAs", { name: "\u2068Rami Haddad\u2069", organisation: `\u2068${renamed}\u2069` }))).toBeVisible();

    // The secretariat corrects the type, which the partner could not: the organisation's own link
    // fills the form in with its type and country as they stand, so only what is wrong is changed.
    await secretariat.getByRole("link", { name: `${tr(lang, "admin:partners.correctThis")} — ${renamed}` }).click();
    await expect(secretariat.getByLabel(startsWith(tr(lang, "admin:partners.correctOrganisation")))).toHaveValue(/^\d+$/);
    await expect(secretariat.getByLabel(startsWith(tr(lang, "admin:partners.correctOrganisation"))).locator("option:checked")).toHaveText(renamed);
    await expect(secretariat.getByLabel(startsWith(tr(lang, "register.organisationType")))).toHaveValue("private-sector");
    await expect(secretariat.getByLabel(startsWith(tr(lang, "register.country")))).toHaveValue("JO");
    await secretariat.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("civil-society");
    await secretariat.getByRole("button", { name: tr(lang, "admin:partners.correctSave") }).click();
    // The page says the correction was saved: otherwise only a word in one line of the list changes.
    await expect(secretariat.getByRole("status")).toHaveText(tr(lang, "admin:partners.corrected"));
    await expect(secretariat.getByText(`${renamed} · ${tr(lang, "organisationType.civil-society")} · `)).toBeVisible();
    expect(rows("select type, country from organisations where name = ?", renamed)[0]).toEqual({ type: "civil-society", country: "JO" });
    await page.reload();
    await expect(page.getByTestId("accepted-facts")).toContainText(tr(lang, "organisationType.civil-society"));
    // The sentence that asks the partner to write to the secretariat gives its address beside it.
    await expect(page.getByText(tr(lang, "partners.factsByAcceptance")).getByRole("link", { name: "green@itu.int" })).toHaveAttribute(
      "href",
      "mailto:green@itu.int",
    );

    await secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.suspend")} — ${renamed}` }).click();
    await expect(secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.reinstate")} — ${renamed}` })).toBeVisible();
    await page.goto(`/${lang}/partners/account`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/partners/sign-in`));
    expect(rows("select count(*) n from partner_sessions s join partner_users u on u.id = s.user_id where u.email = ?", email)[0]!.n).toBe(0);
    await secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.reinstate")} — ${renamed}` }).click();
    await expect(secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.suspend")} — ${renamed}` })).toBeVisible();
    expect((await request.get(`/${lang}/pledges`)).status()).toBe(200);
    await secretariat.close();
  });
}
