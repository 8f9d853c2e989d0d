import { expect, test } from "@playwright/test";
import { E2E_URL } from "./support/env";
import { tr } from "./support/i18n";
import { emailsTo, waitForEmail } from "./support/mail";
import { proofLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs } from "./support/staff";

const TYPED = { firstName: "Your ITU account expires today", lastName: "Reply now" };

/** The registrant desk's counts, read by a signed-in editor. */
async function deskReader(browser: import("@playwright/test").Browser, id: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "en", "editor@example.org");
  return {
    async counts() {
      await page.goto(`/en/admin/events/${id}/registrants`);
      const read = async (k: string) => Number(await page.getByTestId(`count-${k}`).innerText());
      return { confirmed: await read("confirmed"), held: await read("held") };
    },
    close: () => context.close(),
  };
}

for (const lang of ["fr", "ar"]) {
  test(`a seat is held until the address is proven by the button on the emailed link's page, and the email before that says only the portal's words (${lang})`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const title = `Proof webinar ${lang}`;
    const shown = lang === "ar" ? `${title} (ع)` : title;
    const { slug, id } = await createOpenEvent(browser, { slug: `proof-${lang}`, title, capacity: 1 });
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `proof-${lang}@example.org`;
    await registerOnPage(page, lang, slug, { email, ...TYPED }, { prove: false });
    await expect(page.getByText(tr(lang, "register.thanksConfirm"))).toBeVisible();

    // What the sender typed reaches no inbox that has not proven itself.
    const first = await waitForEmail(email, (m) => m.subject === tr(lang, "email:registrationVerify.subject", { event: shown }));
    for (const typed of Object.values(TYPED)) expect(`${first.subject}${first.html}${first.text}`).not.toContain(typed);
    expect(first.html).toContain(lang === "ar" ? 'dir="rtl"' : 'dir="ltr"');

    // Opening the link (a GET) changes nothing: the seat is held, not given.
    const link = await proofLink(lang, email);
    const opened = await page.goto(link);
    expect(opened!.headers()["cache-control"]).toBe("no-store");
    // And its data as the browser fetches it between pages: the same name, address and token.
    const data = await page.request.get(`${link}.data`);
    expect([data.status(), data.headers()["cache-control"]]).toEqual([200, "no-store"]);
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.held"));
    await expect(page.getByTestId("held-until")).toBeVisible();
    await page.goto(`/${lang}/events/${slug}`);
    await expect(page.locator(".registration-state")).toHaveText(tr(lang, "registration.long.waiting-list"));
    const desk = await deskReader(browser, id);
    expect(await desk.counts()).toEqual({ confirmed: 0, held: 1 });
    expect((await emailsTo(email)).map((m) => m.subject)).toEqual([first.subject]);

    // The button proves it: now the registration counts and the full email goes.
    await page.goto(link);
    await page.getByRole("button", { name: tr(lang, "manage.verifyButton") }).click();
    await expect(page.getByRole("status").first()).toHaveText(tr(lang, "manage.verified"));
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.confirmed"));
    await waitForEmail(email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: shown }));
    expect(await desk.counts()).toEqual({ confirmed: 1, held: 0 });
    await desk.close();
    await context.close();
  });

  test(`a name with a line break gets a localized field error, and a CSRF cookie the server did not mint is refused (${lang})`, async ({
    browser,
    playwright,
  }) => {
    const { slug } = await createOpenEvent(browser, { slug: `one-line-${lang}`, title: `One line ${lang}`, capacity: 5 });
    const request = await playwright.request.newContext({ baseURL: E2E_URL });
    const html = await (await request.get(`/${lang}/events/${slug}`)).text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const form = (token: string, change: Record<string, string> = {}) => ({
      _csrf: token,
      fax_number: "",
      email: `line-${lang}@example.org`,
      firstName: "Amina",
      lastName: "Diallo",
      organisation: "ARTP",
      organisationType: "member-state",
      country: "SN",
      jobTitle: "Engineer",
      gender: "",
      accessibilityNeeds: "",
      consent: "on",
      ...change,
    });
    const broken = await request.post(`/${lang}/events/${slug}`, { form: form(csrf, { organisation: "ITU\nYour account expires today" }), maxRedirects: 0 });
    expect(broken.status()).toBe(400);
    expect(await broken.text()).toContain(tr(lang, "errors.oneLine"));

    // A visitor who sets their own cookie (any 43 characters once passed) gets a localized 403.
    const chosen = "A".repeat(43);
    const forged = await playwright.request.newContext({ baseURL: E2E_URL, extraHTTPHeaders: { Cookie: `gda_csrf=${chosen}` } });
    const refused = await forged.post(`/${lang}/events/${slug}`, { form: form(chosen), maxRedirects: 0 });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain(tr(lang, "errors.csrf").replace(/'/g, "&#x27;"));
    await forged.dispose();
    await request.dispose();
    expect(await emailsTo(`line-${lang}@example.org`)).toHaveLength(0);
  });
}
