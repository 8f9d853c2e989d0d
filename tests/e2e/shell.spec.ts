import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";
import { languageTable } from "../../locales/languages.js";

const languages = languageTable.map((l) => l.code);

test.describe("the six-language shell", () => {
  for (const lang of languages) {
    test(`/${lang}/ renders the shell in ${lang}`, async ({ page }) => {
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      const response = await page.goto(`/${lang}/`);
      await page.waitForLoadState("networkidle");
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      const nav = page.getByRole("navigation", { name: tr(lang, "nav.label") });
      await expect(nav.getByRole("link", { name: tr(lang, "nav.events") })).toBeVisible();
      await expect(nav.getByRole("link", { name: tr(lang, "nav.workingGroups") })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText("green@itu.int");
      await expect(page).toHaveTitle(tr(lang, "brand.siteTitle"));
      // A first visit says what to do first: ask to join, or sign in as a partner.
      const hero = page.locator("section.hero");
      await expect(hero.getByRole("link", { name: tr(lang, "pledges.join") })).toHaveAttribute("href", `/${lang}/partners/join`);
      await expect(hero.getByRole("link", { name: tr(lang, "pledges.signIn") })).toHaveAttribute("href", `/${lang}/partners/sign-in`);
      // The button and the link stand apart, side by side on a desk and one under the other on a phone,
      // rather than touching (the link was glued to the button's edge, or to its foot once wrapped).
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 844 });
        const button = (await hero.getByRole("link", { name: tr(lang, "pledges.join") }).boundingBox())!;
        const link = (await hero.getByRole("link", { name: tr(lang, "pledges.signIn") }).boundingBox())!;
        const below = link.y - (button.y + button.height);
        const beside = Math.max(link.x - (button.x + button.width), button.x - (link.x + link.width));
        expect(Math.max(below, beside), `${lang} at ${width} px`).toBeGreaterThanOrEqual(8);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      // Another page's title joins its name and the site's as the language does: not "成员国 — 绿色数字行动——国际电联".
      await page.goto(`/${lang}/member-states`);
      const site = tr(lang, "brand.siteTitle");
      await expect(page).toHaveTitle(tr(lang, "brand.documentTitle", { page: tr(lang, "memberStates.title"), site }));
      if (lang === "zh") await expect(page).toHaveTitle(`成员国 | ${site}`);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")));
      expect(alternates.sort()).toEqual([...languages, "x-default"].sort());
      // Hydration ran under the CSP without a mismatch or a blocked script.
      expect(problems).toEqual([]);
    });
  }

  test("Arabic mirrors the layout: the brand sits on the right", async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto("/ar/");
    const brand = await page.locator(".brand").boundingBox();
    const switcher = await page.locator(".lang-switcher").boundingBox();
    expect(brand!.x).toBeGreaterThan(switcher!.x);
    await page.goto("/en/");
    const brandEn = await page.locator(".brand").boundingBox();
    const switcherEn = await page.locator(".lang-switcher").boundingBox();
    expect(brandEn!.x).toBeLessThan(switcherEn!.x);
  });

  test("the language switcher keeps the visitor on the same page, and / remembers the choice", async ({ page }) => {
    await page.goto("/en/admin/sign-in");
    await page
      .getByRole("navigation", { name: tr("en", "shell.languages") })
      .getByRole("link", { name: "Español" })
      .click();
    await expect(page).toHaveURL(/\/es\/admin\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("es", "admin:signIn.title"));
    await page.goto("/");
    await expect(page).toHaveURL(/\/es\/$/);
  });

  test("/ follows the browser's Accept-Language when no choice was made", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru\/$/);
    await context.close();
    const other = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "de-DE" } });
    const p2 = await other.newPage();
    await p2.goto("/");
    await expect(p2).toHaveURL(/\/en\/$/);
    await other.close();
  });

  test("unknown pages and unknown language prefixes get a localized 404", async ({ page }) => {
    const r1 = await page.goto("/fr/no-such-page");
    expect(r1?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("fr", "errorPage.notFound.title"));
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const r2 = await page.goto("/xx/events");
    expect(r2?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("an address with a broken percent-escape gets a localized 400, in the address's language", async ({ request }) => {
    for (const [lang, path] of [
      ["ar", "/ar/events/%ff"],
      ["fr", "/fr/circulars/%E0%A4%A"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      const body = await response.text();
      expect(body, path).toContain(`lang="${lang}"`);
      expect(body, path).toContain(tr(lang, "errorPage.notFound.body"));
    }
  });

  test("a method no page answers gets a localized 405, and a data request for the language layout an answer, not a 500", async ({ request }) => {
    const trace = await request.fetch("/ru/events", { method: "TRACE" });
    expect(trace.status()).toBe(405);
    expect(trace.headers()["allow"]).toBe("GET, HEAD, POST");
    expect(await trace.text()).toContain(tr("ru", "errors.methodNotAllowed"));
    // A data request of the old kind for the language layout (whose loader only checks the language): answered, not a 500.
    const layout = await request.get("/en/events?_data=routes%2F%24lang");
    expect(layout.status()).toBe(200);
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/zh/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: tr("zh", "shell.skipToContent") });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  for (const lang of ["en", "ar"]) {
    test(`a page drawn in place takes the focus at its heading, unless a refused form focused its summary (${lang})`, async ({ page }) => {
      // A page with a form runs the scripts: the links it holds are followed without a full page load.
      await page.goto(`/${lang}/events/example-webinar-green-standards`);
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => Object.assign(window, { drawnInPlace: true }));
      // Keyboard only: the header's link, then Enter. The new page's heading is read out, not the old link.
      await page
        .getByRole("navigation", { name: tr(lang, "nav.label") })
        .getByRole("link", { name: tr(lang, "nav.declarations") })
        .focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${lang}/declarations$`));
      expect(await page.evaluate(() => "drawnInPlace" in window)).toBe(true);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(page.getByRole("main").locator(":focus")).toHaveCount(1);
      // A refused form on the same page keeps the focus on its error summary.
      await page.goto(`/${lang}/events/example-webinar-green-standards`);
      await page.waitForLoadState("networkidle");
      await page.getByRole("button", { name: tr(lang, "register.submit") }).click();
      await expect(page.getByRole("alert").filter({ hasText: tr(lang, "errors.checkFields") })).toBeFocused();
    });
  }

  test("responses carry the security headers", async ({ request }) => {
    const response = await request.get("/en/");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("the shell is usable 320 px wide without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const lang of ["en", "ar"]) {
      await page.goto(`/${lang}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test("moving to another language without a full page load fetches that language's texts", async ({ page }) => {
    // A page with a form: pages with nothing to post carry no scripts (decision 016).
    await page.goto("/en/events/scope-3-ghg-reporting-workshop-2023");
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => (window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter.navigate("/ru/circulars"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("ru", "circulars.title"));
    await expect(page.getByRole("link", { name: tr("ru", "nav.events") }).first()).toBeVisible();
  });
});

test("«中文» in the language menu is drawn in a Chinese font on other languages' pages, not as empty boxes (Latin, Arabic)", async ({ page }) => {
  for (const lang of ["fr", "ar"]) {
    await page.goto(`/${lang}/`);
    await page.waitForLoadState("networkidle");
    // The link as drawn, against the same two characters drawn in the Chinese font the page supplies:
    // empty boxes (the fallback's) are narrower than the characters.
    const widths = await page.locator('a[hreflang="zh"]').evaluate(async (link) => {
      await document.fonts.ready;
      const probe = link.cloneNode(true) as HTMLElement;
      probe.style.fontFamily = '"Portal Noto Sans SC"';
      link.after(probe);
      await document.fonts.load('1em "Portal Noto Sans SC"', link.textContent ?? "");
      const both = [link.getBoundingClientRect().width, probe.getBoundingClientRect().width];
      probe.remove();
      return both;
    });
    expect(Math.abs(widths[0]! - widths[1]!), `${lang}: ${widths.join(" vs ")}`).toBeLessThan(0.5);
  }
});
