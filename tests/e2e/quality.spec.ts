import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { tr } from "./support/i18n";
import { signedInPartner, signInAs } from "./support/staff";
import { languageTable } from "../../locales/languages.js";

const languages = languageTable.map((l) => l.code);

/** Public pages with nothing to post (links, and at most a filter sent by GET). */
const pagesWithoutForms = [
  "/",
  "/events",
  "/circulars",
  "/circulars/cl-24-63",
  "/declarations",
  "/declarations/cop29-declaration/endorsers",
  "/pillars",
  "/pillars/open-data",
  "/working-groups",
  "/working-groups/wg-early-warnings",
  "/pledges",
  "/emissions",
  "/emissions/1",
];
/** Public pages that post a form (registration, endorsement, sign-in) or answer one: they may hydrate. */
const pagesWithForms = [
  "/events/scope-3-ghg-reporting-workshop-2023",
  "/events/example-webinar-green-standards",
  "/declarations/cop29-declaration",
  "/partners/join",
  "/partners/sign-in",
  "/events/example-webinar-green-standards/registered",
  "/declarations/cop29-declaration/submitted",
  "/admin/sign-in",
  "/admin/password-reset",
  "/certificates/verify",
];
const publicPages = [...pagesWithoutForms, ...pagesWithForms];

/** Splits a list into runs of at most `size`: a sweep per run keeps each test short on a slow machine. */
const runsOf = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

test.describe("accessibility (WCAG 2.1 AA, axe-core)", () => {
  // The sweeps below pass when axe finds nothing: this shows that axe, as they run it, does find.
  test("the sweep reports a missing text alternative and an unnamed button", async ({ page }) => {
    await page.setContent('<html lang="en"><title>t</title><main><img src="a.png"><button></button></main></html>');
    expect(await axeViolations(page, "planted")).toEqual(["planted: button-name (1) button", "planted: image-alt (1) img"]);
  });

  for (const lang of ["en", "ar"]) {
    for (const [run, paths] of runsOf(publicPages, 8).entries()) {
      test(`public pages have no serious or critical violations (${lang}, part ${run + 1})`, async ({ page }) => {
        const found: string[] = [];
        for (const path of paths) {
          // A 404 or 500 page passes axe and weighs little: the page itself must have been served.
          const status = (await page.goto(`/${lang}${path}`))?.status();
          if (status !== 200) found.push(`${path}: status ${status}`);
          found.push(...(await axeViolations(page, path)));
        }
        expect(found).toEqual([]);
      });
    }
  }
});

/** Sent with no JavaScript at all, and so are the Member States pages and the privacy notice. */
const pagesWithoutScripts = [...pagesWithoutForms, "/member-states", "/privacy"];

test("a public page with nothing to post ships no JavaScript at all, and its language switcher still works", async ({ page }) => {
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on("response", (r) => {
    if ((r.headers()["content-type"] ?? "").includes("javascript")) scripts.push(r.url());
  });
  for (const [i, path] of pagesWithoutScripts.entries()) {
    const lang = languages[i % languages.length];
    const response = await page.goto(`/${lang}${path}`);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    const html = await response!.text();
    expect(html, `${path}: no script element`).not.toMatch(/<script\b/i);
    expect(html, `${path}: no preloaded module`).not.toMatch(/modulepreload/);
    expect(scripts, `${path}: scripts loaded`).toEqual([]);
  }
  // Plain links: the switcher keeps the visitor on the same page in the other language.
  await page.goto("/en/circulars/cl-24-63");
  await page
    .getByRole("navigation", { name: tr("en", "shell.languages") })
    .getByRole("link", { name: "Français" })
    .click();
  await expect(page).toHaveURL(/\/fr\/circulars\/cl-24-63$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

// 135 KB: the pages that post a form (registration, endorsement, sign-in) hydrate; this bound
// keeps them from growing. Pages without forms ship none (the test above).
test("every public page stays light: JavaScript ≤ 135 KB and HTML + CSS ≤ 60 KB gzipped", async ({ page, request }) => {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  page.on("response", (r) => {
    const type = r.headers()["content-type"] ?? "";
    if (type.includes("javascript")) scripts.add(r.url());
    if (type.includes("text/css")) styles.add(r.url());
  });
  test.setTimeout(120_000);
  for (const path of publicPages.map((p, i) => `/${languages[i % languages.length]}${p}`)) {
    scripts.clear();
    styles.clear();
    expect((await page.goto(path))?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    const gz = async (url: string) => gzipSync(await (await request.get(url)).body()).length;
    let js = 0;
    for (const url of scripts) js += await gz(url);
    let htmlCss = await gz(path);
    for (const url of styles) htmlCss += await gz(url);
    const withoutForm = pagesWithoutForms.includes(path.replace(/^\/[a-z]{2}/, "") || "/");
    if (withoutForm) expect(scripts.size, `${path} loads no script`).toBe(0);
    else expect(scripts.size, `${path} loads its scripts`).toBeGreaterThan(0);
    expect(js, `${path} JavaScript`).toBeLessThanOrEqual(135 * 1024);
    expect(htmlCss, `${path} HTML + CSS`).toBeLessThanOrEqual(60 * 1024);
  }
});

test.describe("the browser takes over the server's page as it is (no hydration mismatch)", () => {
  // A mismatch makes React throw the page away and draw it again: what a visitor typed before
  // that is lost, and the page flickers. Dates and numbers formatted by the browser's own Intl
  // (another ICU than Node's) are the usual cause.
  for (const langs of [languages.slice(0, 3), languages.slice(3)]) {
    test(`public pages in ${langs.join(", ")}`, async ({ page }) => {
      test.setTimeout(120_000);
      const found = new Set<string>();
      let current = "";
      page.on("console", (m) => {
        if (m.type() === "error" && /Minified React error #(418|419|421|422|423|425)|[Hh]ydrat/.test(m.text())) found.add(current);
      });
      page.on("pageerror", (e) => {
        if (/#(418|419|421|422|423|425)|[Hh]ydrat/.test(e.message)) found.add(current);
      });
      for (const lang of langs) {
        // Pages with nothing to post are not hydrated at all (they carry no script).
        for (const path of publicPages.filter((p) => !pagesWithoutForms.includes(p))) {
          current = `/${lang}${path}`;
          await page.goto(current);
          // Hydration has finished once Remix's router is in place.
          await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined);
          await page.waitForTimeout(50);
        }
      }
      expect([...found]).toEqual([]);
    });
  }
});

test.describe("accessibility of the secretariat's and partners' pages (WCAG 2.1 AA, axe-core)", () => {
  /** Opens each page, expects it served (or the 404 asked for), and collects axe's findings and the page's own errors. */
  const sweep = async (page: import("@playwright/test").Page, paths: string[]) => {
    const found: string[] = [];
    // A page that fails once the browser takes it over (a server-only value used in a component, say) is found too.
    page.on("pageerror", (error) => found.push(`${page.url()}: ${error.message}`));
    for (const path of paths) {
      const status = (await page.goto(path))?.status();
      const expected = path.endsWith("/no-such-page") ? 404 : 200;
      if (status !== expected) found.push(`${path}: status ${status}, not ${expected}`);
      await page.waitForLoadState("networkidle");
      found.push(...(await axeViolations(page, path)));
    }
    return found;
  };
  const staffPages = [
    "/admin",
    "/admin/events",
    "/admin/events/new",
    "/admin/endorsements",
    "/admin/partners",
    "/admin/pledges",
    "/admin/working-groups",
    "/admin/content",
    "/admin/content/circulars/new",
    "/admin/content/declarations/1",
    "/admin/outbox",
    "/admin/staff",
    "/admin/disclosures",
    "/admin/reporting-years",
    "/admin/no-such-page",
  ];
  // axe checks structure (names, roles, landmarks, contrast), which the language does not change but
  // the direction might: each page is checked once, in English or in Arabic in turn, so both are covered.
  const inTurn = (paths: string[]) => paths.map((p, i) => `/${i % 2 ? "ar" : "en"}${p}`);
  for (const [run, paths] of runsOf(inTurn(staffPages), 8).entries()) {
    test(`the secretariat's pages have no serious or critical violations (en and ar, part ${run + 1})`, async ({ page }) => {
      await signInAs(page, "ar", "admin@example.org");
      expect(await sweep(page, paths)).toEqual([]);
    });
  }

  test("a working group's and an event's desk pages have no serious or critical violations (en and ar)", async ({ page }) => {
    await signInAs(page, "ar", "admin@example.org");
    await page.goto("/ar/admin/working-groups");
    const group = await page.locator("main a[href*='/admin/working-groups/']").first().getAttribute("href");
    await page.goto("/en/admin/events");
    const event = (await page.locator("main a[href*='/admin/events/']:not([href$='/new'])").first().getAttribute("href"))!.replace(/^\/en/, "");
    const paths = [event, `${event}/registrants`, `${event}/messages`, `${event}/programme`, `${event}/check-in`];
    expect(await sweep(page, [group!, ...inTurn(paths)])).toEqual([]);
    // An error page is named like any other page.
    for (const lang of ["en", "ar"]) {
      await page.goto(`/${lang}/admin/no-such-page`);
      await expect(page).toHaveTitle(tr(lang, "brand.documentTitle", { page: tr(lang, "errorPage.notFound.title"), site: tr(lang, "brand.siteTitle") }));
    }
  });

  test("a partner's pages have no serious or critical violations (en and ar)", async ({ browser, page }) => {
    await signedInPartner(browser, page, "ar", "axe@partner.example", "Axe Audit Ltd");
    const paths = [
      "/partners/account",
      "/partners/pledges/new",
      "/partners/working-groups",
      "/partners/working-groups/wg-early-warnings",
      "/partners/disclosures",
      "/partners/disclosures/new",
    ];
    expect(await sweep(page, inTurn(paths))).toEqual([]);
  });
});
