import { expect, test, type Browser, type Page } from "@playwright/test";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { outboxCount } from "./support/db";
import { waitForEmail } from "./support/mail";
import { signInAs, startsWith, submitAndWait } from "./support/staff";

const linkPath = (text: string | undefined) => new URL(text!.match(/https?:\/\/\S+\/admin\/password\/[A-Za-z0-9_-]{43}/)![0]).pathname;

/** The administrator (signed in on `admin`, English) invites a colleague whose emails are in `lang`; returns the emailed link's path. */
async function invite(admin: Page, person: { name: string; email: string; role: string; lang: string }) {
  await admin.goto("/en/admin");
  await admin
    .getByRole("navigation", { name: tr("en", "admin:layout.nav") })
    .getByRole("link", { name: tr("en", "admin:layout.accounts") })
    .click();
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: tr("en", "admin:accounts.inviteSubmit") }) });
  await form.getByLabel(startsWith(tr("en", "admin:accounts.name"))).fill(person.name);
  await form.getByLabel(startsWith(tr("en", "admin:signIn.email"))).fill(person.email);
  await form.getByLabel(startsWith(tr("en", "admin:accounts.role"))).selectOption(person.role);
  await form.getByLabel(startsWith(tr("en", "admin:accounts.language"))).selectOption(person.lang);
  await submitAndWait(admin, form.getByRole("button", { name: tr("en", "admin:accounts.inviteSubmit") }));
  await expect(admin.getByRole("status")).toHaveText(tr("en", "admin:accounts.done.invited"));
  const mail = await waitForEmail(person.email, (m) => m.subject === tr(person.lang, "email:staffInvite.subject"));
  return { mail, path: linkPath(mail.text) };
}

async function choosePassword(page: Page, lang: string, path: string, password: string) {
  await page.goto(path);
  await page.getByLabel(startsWith(tr(lang, "admin:password.new"))).fill(password);
  await page.getByLabel(startsWith(tr(lang, "admin:password.confirm"))).fill(password);
  await page.getByRole("button", { name: tr(lang, "admin:password.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, "admin:password.done"));
}

async function signInWith(page: Page, lang: string, email: string, password: string) {
  await page.getByLabel(tr(lang, "admin:signIn.email")).fill(email);
  await page.getByLabel(tr(lang, "admin:signIn.password")).fill(password);
  await page.getByRole("button", { name: tr(lang, "admin:signIn.submit") }).click();
}

async function newPage(browser: Browser, js: boolean) {
  return (await browser.newContext({ javaScriptEnabled: js })).newPage();
}

test("an administrator invites a colleague, who chooses a password in Arabic and signs in; once disabled, the session ends", async ({
  browser,
  page: admin,
}) => {
  test.slow();
  await signInAs(admin, "en", staff.admin.email);
  const nour = { name: "Nour Haddad", email: "nour.haddad@itu.example", role: "reviewer", lang: "ar" };
  const { mail, path } = await invite(admin, nour);
  expect(mail.html).toContain('dir="rtl"');
  expect(mail.text).toContain(tr("ar", "admin:roles.reviewer"));
  const row = admin.getByRole("row").filter({ hasText: nour.email });
  await expect(row).toContainText(tr("en", "admin:accounts.invited"));

  // The same address again: refused, with what was typed kept.
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: tr("en", "admin:accounts.inviteSubmit") }) });
  await form.getByLabel(startsWith(tr("en", "admin:accounts.name"))).fill("Someone Else");
  await form.getByLabel(startsWith(tr("en", "admin:signIn.email"))).fill("Nour.Haddad@itu.example");
  await form.getByRole("button", { name: tr("en", "admin:accounts.inviteSubmit") }).click();
  await expect(form.locator(".field-error")).toHaveText(tr("en", "admin:accounts.taken"));
  await expect(form.getByLabel(startsWith(tr("en", "admin:accounts.name")))).toHaveValue("Someone Else");

  // The colleague, without JavaScript, in Arabic: mismatched and short passwords are refused first.
  const colleague = await newPage(browser, false);
  await colleague.goto(path);
  await expect(colleague.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText(tr("ar", "admin:password.title.invite"));
  await colleague.getByLabel(startsWith(tr("ar", "admin:password.new"))).fill("a colleague's long secret");
  await colleague.getByLabel(startsWith(tr("ar", "admin:password.confirm"))).fill("a different long secret");
  await colleague.getByRole("button", { name: tr("ar", "admin:password.submit") }).click();
  await expect(colleague.locator(".field-error")).toHaveText(tr("ar", "admin:password.mismatch"));
  await choosePassword(colleague, "ar", path, "a colleague's long secret");
  await signInWith(colleague, "ar", nour.email, "a colleague's long secret");
  await colleague.waitForURL(/\/ar\/admin$/);
  await expect(colleague.getByText(tr("ar", "admin:roles.reviewer")).first()).toBeVisible();
  // The link worked once.
  expect((await colleague.request.get(path)).status()).toBe(410);

  // Disabled: the colleague's next page asks to sign in, and the password no longer works.
  await admin.reload();
  await expect(row).not.toContainText(tr("en", "admin:accounts.invited"));
  await expect(row).toContainText(tr("en", "admin:accounts.active"));
  await submitAndWait(admin, row.getByRole("button", { name: tr("en", "admin:accounts.disableOf", { name: nour.name }) }));
  await expect(admin.getByRole("status")).toHaveText(tr("en", "admin:accounts.done.disable"));
  // On record: who did what to whose account.
  const history = admin.getByRole("table", { name: tr("en", "admin:accounts.history") });
  await expect(
    history
      .getByRole("row")
      .filter({ hasText: nour.name })
      .filter({ hasText: tr("en", "admin:accounts.action.staff-disabled") }),
  ).toContainText(staff.admin.name);
  await expect(
    history
      .getByRole("row")
      .filter({ hasText: tr("en", "admin:accounts.action.staff-invited", { role: tr("en", "admin:roles.reviewer") }) })
      .first(),
  ).toContainText(nour.name);
  await expect(row).toContainText(
    tr("en", "admin:accounts.disabledOn", { date: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date()) }),
  );
  await colleague.goto("/ar/admin/endorsements");
  await expect(colleague).toHaveURL(/\/ar\/admin\/sign-in/);
  await signInWith(colleague, "ar", nour.email, "a colleague's long secret");
  await expect(colleague.getByText(tr("ar", "admin:signIn.failed"))).toBeVisible();
  await colleague.context().close();
});

test("a staff member who forgot the password gets a link in French and chooses a new one; unknown addresses get the same answer and no email", async ({
  browser,
  page: admin,
}) => {
  test.slow();
  await signInAs(admin, "en", staff.admin.email);
  const claire = { name: "Claire Martin", email: "claire.martin@itu.example", role: "editor", lang: "fr" };
  const { path } = await invite(admin, claire);
  const page = await newPage(browser, true);
  await choosePassword(page, "fr", path, "the first long secret");

  await page.getByRole("link", { name: tr("fr", "admin:signIn.forgot") }).click();
  await page.getByLabel(startsWith(tr("fr", "admin:signIn.email"))).fill("nobody.here@itu.example");
  await page.getByRole("button", { name: tr("fr", "admin:reset.submit") }).click();
  await expect(page.getByRole("status")).toHaveText(tr("fr", "admin:reset.sent"));
  await page.getByLabel(startsWith(tr("fr", "admin:signIn.email"))).fill(claire.email);
  await submitAndWait(page, page.getByRole("button", { name: tr("fr", "admin:reset.submit") }));
  await expect(page.getByRole("status")).toHaveText(tr("fr", "admin:reset.sent"));
  const reset = await waitForEmail(claire.email, (m) => m.subject === tr("fr", "email:staffPasswordReset.subject"));
  expect(outboxCount("nobody.here@itu.example")).toBe(0);

  await choosePassword(page, "fr", linkPath(reset.text), "the second long secret");
  await signInWith(page, "fr", claire.email, "the first long secret");
  await expect(page.getByText(tr("fr", "admin:signIn.failed"))).toBeVisible();
  await signInWith(page, "fr", claire.email, "the second long secret");
  await page.waitForURL(/\/fr\/admin$/);
  await page.context().close();
});

test("only administrators manage accounts", async ({ page }) => {
  await signInAs(page, "en", staff.editor.email);
  expect((await page.goto("/en/admin/staff"))?.status()).toBe(403);
  await expect(page.getByRole("link", { name: tr("en", "admin:layout.accounts") })).toHaveCount(0);
});
