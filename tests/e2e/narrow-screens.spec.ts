import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { tr } from "./support/i18n";
import { signInAs } from "./support/staff";

// The secretariat's pages on narrow screens: a phone (390 px) and a 1280 px screen at 400 % zoom (320 px).
// Only a narrow screen shows which boxes scroll and which forms push the page sideways.

/** Signs the administrator in and gives the address of the first event on the secretariat's list. */
async function signInAtAnEvent(page: Page, lang: string) {
  await signInAs(page, lang, "admin@example.org");
  await page.goto(`/${lang}/admin/events`);
  return page.locator("main a[href*='/admin/events/']:not([href$='/new'])").first().getAttribute("href");
}

test.describe("accessibility of the secretariat's desk on a phone (WCAG 2.1 AA, axe-core)", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const lang of ["en", "ar"]) {
    // A table wider than the screen scrolls in its own box, which the keyboard must reach
    // (scrollable-region-focusable): only a narrow screen shows which boxes do scroll.
    test(`an event's desk has no serious or critical violations at 390 px (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      const event = await signInAtAnEvent(page, lang);
      const found: string[] = [];
      for (const path of [
        `/${lang}/admin`,
        `/${lang}/admin/events`,
        `/${lang}/admin/endorsements`,
        event!,
        `${event}/registrants`,
        `${event}/types`,
        `${event}/check-in`,
      ]) {
        const status = (await page.goto(path))?.status();
        if (status !== 200) found.push(`${path}: status ${status}`);
        await page.waitForLoadState("networkidle");
        found.push(...(await axeViolations(page, path)));
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe("the secretariat's pages reflow at 320 px (WCAG 1.4.10)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const lang of ["en", "ar"]) {
    // 320 px is a 1280 px screen at 400 % zoom: forms with a field per language must not push the page sideways.
    test(`the editors and the desk need no horizontal scrolling (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      const event = await signInAtAnEvent(page, lang);
      const found: string[] = [];
      for (const path of [
        `/${lang}/admin`,
        `/${lang}/admin/events/new`,
        `/${lang}/admin/content/circulars/new`,
        `/${lang}/admin/content/declarations/1`,
        `/${lang}/admin/working-groups`,
        `/${lang}/admin/member-states`,
        event!,
        `${event}/types`,
        `${event}/programme`,
        `${event}/messages`,
        `${event}/registrants`,
      ]) {
        const status = (await page.goto(path))?.status();
        if (status !== 200) found.push(`${path}: status ${status}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found.push(`${path}: ${overflow} px too wide`);
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe("the event editor at 320 px with the text spacing of WCAG 1.4.12", () => {
  // The spacing is a user's style sheet: the page's own CSP would refuse it as an inline style.
  test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  for (const lang of ["ru", "ar"]) {
    test(`its date and time fields do not push the page sideways (${lang})`, async ({ page }) => {
      await signInAs(page, lang, "admin@example.org");
      await page.goto(`/${lang}/admin/events/new`);
      await page.addStyleTag({
        content:
          "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }",
      });
      await expect(page.getByLabel(tr(lang, "admin:editor.registrationOpensAt"))).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }
});
