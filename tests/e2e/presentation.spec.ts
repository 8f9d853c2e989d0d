import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";

const languages = ["ar", "zh", "en", "fr", "ru", "es"] as const;

// Every public page a visitor can reach without signing in; the pillar filter and long titles once widened them.
const publicPages = [
  "/",
  "/events",
  "/events?when=past",
  "/events/example-webinar-green-standards",
  "/events/example-workshop-circular-ict",
  "/circulars",
  "/circulars/cl-24-63",
  "/circulars/tsb-circular-114",
  "/declarations",
  "/declarations/cop29-declaration",
  "/declarations/cop29-declaration/endorsers",
  "/pledges",
  "/pillars",
  "/pillars/circular-ict",
  "/working-groups",
  "/working-groups/wg-circular-ict",
  "/emissions",
  "/emissions/1",
  "/member-states",
  "/member-states/jo",
  "/privacy",
  "/partners/join",
  "/partners/sign-in",
  "/admin/sign-in",
];

// The widest texts: French and Russian run longest, Arabic lays out from the right. The privacy
// notice's facts once ran to 2,500 px at 1280.
test.describe("desktops: every public page fits a 1280 px window", () => {
  for (const lang of ["fr", "ru", "ar"] as const) {
    test(`no page scrolls sideways at 1280 px (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      const tooWide: string[] = [];
      for (const path of publicPages) {
        await page.goto(`/${lang}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 1280) tooWide.push(`${path}: ${width}px`);
      }
      expect(tooWide).toEqual([]);
    });
  }
});

test("on a phone, a table wider than the screen scrolls in a named box that the keyboard reaches (ar)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/ar/emissions");
  const box = page.getByRole("region", { name: tr("ar", "emissions.totals.caption") });
  await expect(box).toHaveAttribute("tabindex", "0");
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await box.focus();
  await expect(box).toBeFocused();
  // Right to left: the box starts at its right edge and the arrow key scrolls towards the left.
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeLessThan(0);
});

test.describe("phones: every public page fits a 360 px screen", () => {
  for (const lang of languages) {
    test(`no page scrolls sideways (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 360, height: 740 });
      const tooWide: string[] = [];
      for (const path of publicPages) {
        const response = await page.goto(`/${lang}${path}`);
        expect(response?.status(), path).toBe(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) tooWide.push(`${path}: ${width}px`);
      }
      expect(tooWide).toEqual([]);
    });
  }
});

test.describe("the ITU identity and the menu", () => {
  for (const lang of ["en", "ar", "zh"] as const) {
    test(`the header names ITU beside the portal's mark, titles name ITU, the footer links to itu.int (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/events`);
      const brand = page.locator(".brand");
      await expect(brand.locator("svg.brand-mark")).toBeVisible();
      await expect(brand.locator("abbr")).toHaveText(tr(lang, "brand.itu"));
      await expect(brand.locator("abbr")).toHaveAttribute("title", tr(lang, "brand.ituFull"));
      await expect(brand).not.toContainText("◐");
      await expect(page).toHaveTitle(tr(lang, "brand.documentTitle", { page: tr(lang, "events.title"), site: tr(lang, "brand.siteTitle") }));
      const link = page.getByRole("contentinfo").getByRole("link", { name: tr(lang, "footer.initiativePage") });
      await expect(link).toHaveAttribute("href", "https://www.itu.int/initiatives/green-digital-action/");
    });

    test(`the main menu starts where the page's content starts (${lang})`, async ({ page }) => {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/${lang}/events`);
        const first = await page
          .getByRole("navigation", { name: tr(lang, "nav.label") })
          .getByRole("link")
          .first()
          .boundingBox();
        const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
        // The first menu item's text edge and the heading's edge on the reading side, within the link's padding.
        if (lang === "ar") expect(Math.abs(first!.x + first!.width - 8 - (heading!.x + heading!.width))).toBeLessThan(3);
        else expect(Math.abs(first!.x + 8 - heading!.x)).toBeLessThan(3);
      }
    });
  }
});
test.describe("each list names its own filter button", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`the endorsers list and the pledge directory do not say "Show events" (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/declarations/cop29-declaration/endorsers`);
      await expect(page.getByRole("button", { name: tr(lang, "endorsers.apply") })).toBeVisible();
      await expect(page.getByRole("button", { name: tr(lang, "events.apply") })).toHaveCount(0);
      await page.goto(`/${lang}/pledges`);
      await expect(page.getByRole("button", { name: tr(lang, "pledges.apply") })).toBeVisible();
      await expect(page.getByRole("button", { name: tr(lang, "events.apply") })).toHaveCount(0);
      await expect(page.getByRole("form", { name: tr(lang, "pledges.filters") })).toBeVisible();
    });
  }
});

test.describe("endorsing a declaration starts on its first screen", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`the action, the official channel and the portal's own record show at the top; the form says how the endorser is listed (${lang})`, async ({
      page,
    }) => {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${lang}/declarations/cop29-declaration`);
        const action = page.getByRole("link", { name: tr(lang, "declarations.endorseAction") });
        await expect(action).toBeInViewport();
      }
      await expect(page.getByTestId("official-channel")).toContainText(tr(lang, "declarations.officialChannel", { cop: "COP29", reference: "CL-24/63" }));
      await expect(page.getByTestId("official-channel").getByRole("link", { name: "digitalisation@cop29.az" })).toHaveAttribute(
        "href",
        "mailto:digitalisation@cop29.az",
      );
      await expect(page.getByTestId("portal-channel")).toHaveText(tr(lang, "declarations.portalChannel"));
      await page.getByRole("link", { name: tr(lang, "declarations.endorseAction") }).click();
      await expect(page).toHaveURL(/#endorse$/);
      await expect(page.getByRole("button", { name: tr(lang, "endorse.submit") })).toBeVisible();
      const example = tr(lang, "endorsers.governmentOf", { country: "…" });
      await expect(page.getByTestId("listing-note")).toHaveText(tr(lang, "endorse.listing", { example }));
    });
  }
});

test("a Russian reader sees the conference as «КС-29» and the initiative in «…», as CL-24/63 writes them", async ({ page }) => {
  await page.goto("/ru/declarations/cop29-declaration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Декларация КС-29 об инициативе «Зеленая цифровая кампания»");
  await expect(page.getByTestId("official-channel")).toContainText(tr("ru", "declarations.officialChannel", { cop: "КС-29", reference: "CL-24/63" }));
  await expect(page.locator("dl.facts")).toContainText("КС-29");
  await expect(page.locator("dl.facts")).not.toContainText("COP29");
  await page.goto("/ru/declarations/cop29-declaration/endorsers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    tr("ru", "endorsers.title", { declaration: "Декларация КС-29 об инициативе «Зеленая цифровая кампания»" }),
  );
});

test.describe("the registration form", () => {
  test("in Chinese it asks the family name first, as a Chinese name is written", async ({ page }) => {
    await page.goto("/zh/events/example-webinar-green-standards");
    const labels = await page.locator(".editor-grid").first().locator("label").allTextContents();
    const at = (key: string) => labels.findIndex((l) => l.startsWith(tr("zh", key)));
    expect(at("register.lastName")).toBeGreaterThanOrEqual(0);
    expect(at("register.lastName")).toBeLessThan(at("register.firstName"));
  });

  test("side by side, a longer error under one box does not push its neighbours' boxes down (ru)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/ru/events/example-workshop-circular-ict");
    await page.locator("#register").getByRole("button").last().click();
    await expect(page.locator(".field-error").first()).toBeVisible();
    // Each row of fields: the tops of its boxes, and how tall its errors are, after the first error is
    // made three times as long (as a longer language's would be).
    const rows = await page
      .locator(".editor-grid")
      .first()
      .evaluate((grid) => {
        const first = grid.querySelector(".field-error")!;
        first.textContent = `${first.textContent} ${first.textContent} ${first.textContent}`;
        const byRow = new Map<number, { box: number; error: number }[]>();
        for (const f of [...grid.children].filter((c) => c.classList.contains("field"))) {
          const box = f.querySelector("input, select, textarea")!.getBoundingClientRect().top;
          // The text's own height (a grid cell may stretch the element to its row).
          const text = document.createRange();
          text.selectNodeContents(f.querySelector(".field-error") ?? f);
          const error = f.querySelector(".field-error") ? text.getBoundingClientRect().height : 0;
          const top = Math.round(f.getBoundingClientRect().top);
          byRow.set(top, [...(byRow.get(top) ?? []), { box: Math.round(box), error: Math.round(error) }]);
        }
        return [...byRow.values()].filter((r) => r.length > 1);
      });
    // Errors of different heights stand side by side in a row, and every row's boxes share one line.
    expect(rows.some((r) => new Set(r.map((f) => f.error)).size > 1)).toBe(true);
    for (const r of rows) expect(new Set(r.map((f) => f.box)).size).toBe(1);
  });

  for (const lang of ["en", "ar"] as const) {
    test(`on a phone, a field's error stands apart from the label of the field below (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/events/example-webinar-green-standards`);
      await page.getByRole("button", { name: tr(lang, "register.submit") }).click();
      await expect(page.locator(".field-error").first()).toBeVisible();
      const gaps = await page
        .locator(".editor-grid")
        .first()
        .evaluate((grid) => {
          const fields = [...grid.children].filter((c) => c.classList.contains("field"));
          return fields.slice(1).map((f, i) => Math.round(f.getBoundingClientRect().top - fields[i]!.getBoundingClientRect().bottom));
        });
      expect(gaps.length).toBeGreaterThan(2);
      expect(gaps.filter((g) => g < 8)).toEqual([]);
    });

    test(`the gender list offers "prefer not to say" once (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/events/example-webinar-green-standards`);
      const options = await page.getByLabel(tr(lang, "register.gender")).locator("option").allTextContents();
      expect(options.filter((o) => o === tr(lang, "gender.undisclosed"))).toHaveLength(1);
      expect(options).not.toContain(tr(lang, "register.genderNone"));
    });
  }
});
