import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_URL } from "./support/env";
import { nodeFormSession } from "./support/forms";
import { tr } from "./support/i18n";
import { outboxCount, stored } from "./support/db";
import { waitForEmail } from "./support/mail";
import { calendarOf, manageLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith } from "./support/staff";

const JOIN = "https://meet.example.org/e2e-secret-room";

for (const { lang, js } of [
  { lang: "en", js: true },
  { lang: "ar", js: false },
]) {
  test(`register, get the confirmation with its calendar, cancel, and the first waiting person is promoted (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    // Two registrants, each proving their address, five emails read back, a cancellation and a promotion.
    test.setTimeout(90_000);
    const title = `Journey webinar ${lang}`;
    const { slug } = await createOpenEvent(browser, { slug: `journey-${lang}`, title, capacity: 1, joinUrl: JOIN });
    const shown = lang === "ar" ? `${title} (ع)` : title;
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    const first = `first-${lang}@example.org`;
    const second = `second-${lang}@example.org`;

    await registerOnPage(page, lang, slug, { email: first, firstName: "Leila", lastName: "Haddad" });
    const confirmation = await waitForEmail(first, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: shown }));
    expect(confirmation.html).toContain(lang === "ar" ? 'dir="rtl"' : 'dir="ltr"');
    const ics = calendarOf(confirmation);
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics.replace(/\r\n /g, "")).toContain(JOIN);

    // The event is now full: the next person joins the waiting list, and the public page never shows the join link.
    await page.goto(`/${lang}/events/${slug}`);
    await expect(page.locator(".registration-state")).toHaveText(tr(lang, "registration.long.waiting-list"));
    expect(await page.content()).not.toContain(JOIN);
    // A refused form shows its error summary where the form is, not the top of the page, with or without JavaScript.
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill("not-an-address");
    await page.getByRole("button", { name: new RegExp(`^(${tr(lang, "register.submit")}|${tr(lang, "register.submitWaiting")})$`) }).click();
    const summary = page.getByRole("alert").filter({ hasText: tr(lang, "errors.checkFields") });
    await expect(summary).toBeInViewport();
    await expect(page.getByLabel(startsWith(tr(lang, "register.email")))).toHaveValue("not-an-address");
    // The summary has the focus (autofocus / the page's fragment without JavaScript), the title says
    // "Error:" first, and each error is a link named by its field that takes the focus there.
    await expect(summary).toBeFocused();
    if (!js) expect(new URL(page.url()).hash).toBe(`#${await summary.getAttribute("id")}`);
    const errorTitle = startsWith(tr(lang, "forms.errorTitle", { title: "" }));
    await expect(page).toHaveTitle(errorTitle);
    // The link says which field, in its text, whether the server drew it or the scripts did.
    const emailLink = summary.getByRole("link").filter({ hasText: tr(lang, "errors.email") });
    await expect(emailLink).toHaveAccessibleName(startsWith(tr(lang, "register.email")));
    await expect(emailLink).toContainText(tr(lang, "register.email"));
    for (const href of await summary.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    }
    await emailLink.click();
    await expect(page.getByLabel(startsWith(tr(lang, "register.email")))).toBeFocused();
    await expect(summary).toBeVisible();
    await expect(page).toHaveTitle(errorTitle);
    await registerOnPage(page, lang, slug, { email: second, firstName: "Chen", lastName: "Wei" });
    const waiting = await waitForEmail(second, (m) => m.subject === tr(lang, "email:registrationWaiting.subject", { event: shown }));
    expect(waiting.text).not.toContain(JOIN);
    // A place on the waiting list is not a date to hold: no calendar file.
    expect(waiting.attachments.filter((a) => a.contentType.startsWith("text/calendar"))).toHaveLength(0);

    // The first registrant opens the link from the email and cancels.
    await page.goto(manageLink(confirmation));
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.confirmed"));
    await expect(page.getByRole("link", { name: tr(lang, "manage.join") })).toHaveAttribute("href", JOIN);
    // Cancelling asks first; keeping the registration changes nothing.
    await page.getByRole("link", { name: tr(lang, "manage.cancel") }).click();
    await expect(page.getByRole("alert")).toContainText(tr(lang, "manage.cancelConfirm"));
    await page.getByRole("link", { name: tr(lang, "manage.cancelKeep") }).click();
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.confirmed"));
    await page.getByRole("link", { name: tr(lang, "manage.cancel") }).click();
    await page.getByRole("button", { name: tr(lang, "manage.cancelYes") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "manage.cancelled"));
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.cancelled"));
    // Then the way back: registering again.
    await expect(page.getByRole("link", { name: tr(lang, "manage.registerAgain") })).toHaveAttribute("href", `/${lang}/events/${slug}#register`);

    // The seat goes to the first person waiting, who is told by email and now sees the join link.
    const promoted = await waitForEmail(second, (m) => m.subject === tr(lang, "email:registrationPromoted.subject", { event: shown }));
    expect(promoted.text).toContain(JOIN);
    await page.goto(manageLink(promoted));
    await expect(page.getByTestId("registration-status")).toHaveText(tr(lang, "registrationStatus.confirmed"));
    await context.close();
  });
}

async function csrfSession(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return html.match(/name="_csrf" value="([^"]+)"/)![1]!;
}

const form = (csrf: string, email: string, extra: Record<string, string> = {}) => ({
  _csrf: csrf,
  fax_number: "",
  email,
  firstName: "Test",
  lastName: "Person",
  organisation: "Org",
  organisationType: "academia",
  country: "BR",
  jobTitle: "Researcher",
  gender: "",
  accessibilityNeeds: "",
  consent: "on",
  ...extra,
});

async function deskCounts(browser: import("@playwright/test").Browser, id: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "en", "editor@example.org");
  await page.goto(`/en/admin/events/${id}/registrants`);
  const read = async (k: string) => Number(await page.getByTestId(`count-${k}`).innerText());
  const counts = { confirmed: await read("confirmed"), held: await read("held"), waiting: await read("waiting") };
  const csv = await (await page.request.get(`/en/admin/events/${id}/registrants.csv`)).text();
  await context.close();
  return { ...counts, csv };
}

test("1,000 simultaneous registrations at a 100-seat event: exactly 100 seated (held until proven), 900 waiting, no error, no duplicate", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { slug, id } = await createOpenEvent(browser, { slug: "burst-100", title: "Burst test", capacity: 100 });
  // Straight from Node's HTTP client, so the figure is the portal's and not the test runner's.
  const { cookie, csrf } = await nodeFormSession(`/en/events/${slug}`);
  const post = (email: string) =>
    fetch(`${E2E_URL}/en/events/${slug}`, { method: "POST", body: new URLSearchParams(form(csrf, email)), headers: { cookie }, redirect: "manual" });
  const timings: number[] = [];
  const statuses = await Promise.all(
    Array.from({ length: 1000 }, async (_, i) => {
      const started = performance.now();
      const r = await post(`burst${i}@example.org`);
      timings.push(performance.now() - started);
      return r.status;
    }),
  );
  expect(statuses.filter((s) => s !== 302)).toEqual([]);
  timings.sort((a, b) => a - b);
  const figures = `median ${Math.round(timings[500]!)} ms, p90 ${Math.round(timings[900]!)} ms, slowest ${Math.round(timings[999]!)} ms`;
  test.info().annotations.push({ type: "time to answer 1,000 simultaneous registrations", description: figures });
  console.log(`1,000 simultaneous registrations: ${figures}`);
  // Repeats and aliases of the same people create nothing new.
  const repeats = await Promise.all(["BURST1@example.org", "burst2+again@example.org"].map(async (e) => (await post(e)).status));
  expect(repeats).toEqual([302, 302]);

  // Nobody has proven an address yet: the seats are held, not given.
  const { confirmed, held, waiting, csv } = await deskCounts(browser, id);
  expect({ confirmed, held, waiting }).toEqual({ confirmed: 0, held: 100, waiting: 900 });
  const emails = csv
    .trim()
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(",")[4]);
  expect(emails).toHaveLength(1000);
  expect(new Set(emails).size).toBe(1000);
});

test("bad input gets a localized 4xx and stores nothing; a draft event takes no registrations", async ({ browser, playwright }) => {
  const { slug, id } = await createOpenEvent(browser, { slug: "bad-input", title: "Bad input test", capacity: 5 });
  const request = await playwright.request.newContext({ baseURL: E2E_URL });
  const csrf = await csrfSession(request, `/fr/events/${slug}`);
  const cases: [Record<string, string>, string][] = [
    [{ firstName: "x".repeat(101) }, tr("fr", "errors.tooLong", { count: 100 })],
    [{ email: "not-an-email" }, tr("fr", "errors.email")],
    [{ country: "XX" }, tr("fr", "errors.country")],
    [{ lastName: "<script>alert(1)</script>" }, tr("fr", "errors.noMarkup")],
    [{ consent: "" }, tr("fr", "errors.consent")],
  ];
  for (const [change, message] of cases) {
    const response = await request.post(`/fr/events/${slug}`, { form: form(csrf, "bad@example.org", change), maxRedirects: 0 });
    expect(response.status(), JSON.stringify(change)).toBe(400);
    const html = message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;");
    expect(await response.text()).toContain(html);
  }
  const huge = await request.post(`/fr/events/${slug}`, {
    form: form(csrf, "bad@example.org", { accessibilityNeeds: "x".repeat(1_100_000) }),
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain(tr("fr", "errors.payloadTooLarge").replace(/'/g, "&#39;"));
  // Sent as multipart, as a file form would be: only the forms that take a file may send more than 1 MB.
  const hugeMultipart = await request.post(`/fr/events/${slug}`, {
    multipart: form(csrf, "bad@example.org", { accessibilityNeeds: "x".repeat(2_000_000) }),
    maxRedirects: 0,
  });
  expect(hugeMultipart.status()).toBe(413);
  const noToken = await request.post(`/fr/events/${slug}`, { form: { ...form("", "bad@example.org") }, maxRedirects: 0 });
  expect(noToken.status()).toBe(403);
  expect((await request.post(`/fr/events/no-such-event`, { form: form(csrf, "bad@example.org"), maxRedirects: 0 })).status()).toBe(404);
  // A draft event exists but is not public: a well-formed registration is refused and stores nothing.
  const draft = await createOpenEvent(browser, { slug: "draft-no-registrations", title: "Draft event", capacity: 5, status: "draft" });
  expect((await request.get(`/fr/events/${draft.slug}`)).status()).toBe(404);
  expect((await request.post(`/fr/events/${draft.slug}`, { form: form(csrf, "draft@example.org"), maxRedirects: 0 })).status()).toBe(404);
  await request.dispose();
  expect(stored<{ n: number }>("select count(*) n from registrations where event_id = ?", draft.id).n).toBe(0);
  expect(outboxCount("draft@example.org")).toBe(0);
  expect(outboxCount("bad@example.org")).toBe(0);
  const { confirmed, held, waiting } = await deskCounts(browser, id);
  expect(confirmed + held + waiting).toBe(0);
});
