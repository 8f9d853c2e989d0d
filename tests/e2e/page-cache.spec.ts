import { expect, test, type Page } from "@playwright/test";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { createOpenEvent } from "./support/staff";

/** The page's CSRF token, the nonce its scripts carry and the one its CSP header allows. */
async function ownValues(page: Page, response: Awaited<ReturnType<Page["goto"]>>) {
  const html = await response!.text();
  const csp = (await response!.headerValue("content-security-policy")) ?? "";
  const cookies = await page.context().cookies();
  return {
    kept: (await response!.headerValue("x-page-cache")) === "hit",
    token: html.match(/name="_csrf" value="([^"]+)"/)![1],
    cookie: cookies.find((c) => c.name === "gda_csrf")?.value,
    nonces: [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))],
    allowed: csp.match(/'nonce-([^']+)'/)![1],
  };
}

const seatsLeft = (lang: string, count: number) => tr(lang, "registration.seatsLeft", { count: new Intl.NumberFormat(lang).format(count) });

for (const { lang, js } of [
  { lang: "fr", js: true },
  { lang: "ar", js: false },
]) {
  test(`a public page served again from memory is each visitor's own, and a registration shows on it to the registrant at once and to others within PAGE_CACHE_STALE_MS (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    // A staff sign-in, an event, two visitors, a registration and its email: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const title = `Kept page ${lang}`;
    const { slug } = await createOpenEvent(browser, { slug: `kept-${lang}-${test.info().repeatEachIndex}`, title, capacity: 5 });
    const path = `/${lang}/events/${slug}`;
    const first = await browser.newContext({ javaScriptEnabled: js });
    const second = await browser.newContext({ javaScriptEnabled: js });
    const a = await first.newPage();
    const b = await second.newPage();
    const cspErrors: string[] = [];
    b.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });

    // The second visitor gets the page kept from the first one's visit (tests running alongside
    // write to the database, which throws kept pages away: then both look again).
    let seenByA = await ownValues(a, await a.goto(path));
    let seenByB = await ownValues(b, await b.goto(path));
    for (let attempt = 0; attempt < 20 && !seenByB.kept; attempt++) {
      seenByA = await ownValues(a, await a.goto(path));
      seenByB = await ownValues(b, await b.goto(path));
    }
    await expect(a.getByText(seatsLeft(lang, 5))).toBeVisible();
    // ... with a nonce and a token of their own.
    expect(seenByB.kept).toBe(true);
    expect(seenByB.token).toBe(seenByB.cookie);
    expect(seenByB.token).not.toBe(seenByA.token);
    expect(seenByB.nonces).toEqual([seenByB.allowed]);
    expect(seenByB.allowed).not.toBe(seenByA.allowed);

    if (js) {
      // The kept page's scripts run under this response's policy: a link is followed without a page load.
      await b.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await b
        .getByRole("banner")
        .getByRole("link", { name: tr(lang, "nav.events") })
        .click();
      await expect(b).toHaveURL(new RegExp(`/${lang}/events$`));
      expect(await b.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      expect(cspErrors).toEqual([]);
    }

    // The second visitor's form, from the kept page, is accepted.
    const email = `kept-${lang}-${test.info().repeatEachIndex}@example.org`;
    await registerOnPage(b, lang, slug, { email, firstName: "Nadia", lastName: "Karimi" });
    await waitForEmail(email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: lang === "ar" ? `${title} (ع)` : title }));

    // The one who registered sees the seat taken at once: never a page from before their own write.
    await b.goto(path);
    await expect(b.getByText(seatsLeft(lang, 4))).toBeVisible();
    // The first visitor, coming back, sees it too: the page kept before the write is served at most
    // PAGE_CACHE_STALE_MS (2 s) after it was rendered, while its replacement is being rendered.
    await expect(async () => {
      await a.goto(path);
      await expect(a.getByText(seatsLeft(lang, 4))).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await first.close();
    await second.close();
  });
}
