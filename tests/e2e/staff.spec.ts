import { expect, test, type Page } from "@playwright/test";
import { STAFF_PASSWORD, staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";

async function signIn(page: Page, lang: string, email: string, password = STAFF_PASSWORD) {
  await page.getByLabel(tr(lang, "admin:signIn.email")).fill(email);
  await page.getByLabel(tr(lang, "admin:signIn.password")).fill(password);
  await page.getByRole("button", { name: tr(lang, "admin:signIn.submit") }).click();
}

test.describe("secretariat sign-in", () => {
  test("anonymous visitors are sent to sign in, then back; sign-out revokes the session (English)", async ({ page }) => {
    await page.goto("/en/admin/outbox");
    await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
    await signIn(page, "en", staff.admin.email, "not the password at all");
    await expect(page.getByRole("alert")).toHaveText(tr("en", "admin:signIn.failed"));
    await expect(page.getByLabel(tr("en", "admin:signIn.email"))).toHaveValue(staff.admin.email);
    await signIn(page, "en", staff.admin.email);
    await expect(page).toHaveURL(/\/en\/admin\/outbox$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("en", "admin:outbox.title"));

    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: tr("en", "admin:layout.signOut") }).click();
    await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
    // The old cookie no longer opens anything: the session was revoked on the server.
    await page.context().addCookies(cookies);
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  });

  test("a reviewer cannot open the administrator's outbox", async ({ page }) => {
    await page.goto("/en/admin/sign-in");
    await signIn(page, "en", staff.reviewer.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("en", "admin:dashboard.title"));
    const response = await page.goto("/en/admin/outbox");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("en", "errorPage.forbidden.title"));
  });

  test("the admin area is right-to-left in Arabic, and a test email arrives in Arabic", async ({ page }) => {
    await page.goto("/ar/admin");
    await signIn(page, "ar", staff.admin.email);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The name, typed by whoever opened the account, is isolated in the Arabic sentences around it.
    await expect(page.getByText(tr("ar", "admin:dashboard.welcome", { name: `\u2068${staff.admin.name}\u2069` }))).toBeVisible();
    await expect(page.getByText(tr("ar", "admin:layout.signedInAs", { name: `\u2068${staff.admin.name}\u2069` }))).toBeVisible();
    await page
      .getByRole("navigation", { name: tr("ar", "admin:layout.nav") })
      .getByRole("link", { name: tr("ar", "admin:layout.outbox") })
      .click();
    await page.getByRole("button", { name: tr("ar", "admin:outbox.sendTest") }).click();
    const mail = await waitForEmail(staff.admin.email, (m) => m.subject === tr("ar", "email:staffTest.subject"));
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.text).toContain(tr("ar", "email:staffTest.heading", { name: staff.admin.name }));
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: tr("ar", "email:staffTest.subject") });
    await expect(row).toContainText(tr("ar", "admin:outbox.status.sent"));
  });

  test("sign-in works with JavaScript disabled", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/fr/admin/sign-in");
    await page.getByLabel(tr("fr", "admin:signIn.email")).fill("");
    await page.getByRole("button", { name: tr("fr", "admin:signIn.submit") }).click();
    await expect(page.getByText(tr("fr", "errors.required")).first()).toBeVisible();
    await signIn(page, "fr", staff.editor.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("fr", "admin:dashboard.title"));
    await context.close();
  });

  test("a form post without the CSRF token is refused", async ({ request }) => {
    const response = await request.post("/en/admin/sign-in", {
      form: { email: staff.admin.email, password: STAFF_PASSWORD },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain(tr("en", "errors.csrf"));
  });
});
