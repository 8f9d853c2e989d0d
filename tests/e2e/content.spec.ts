import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";
import { languageTable } from "../../locales/languages.js";

const languages = languageTable.map((l) => l.code);
const pages = [
  "/",
  "/events",
  "/events?when=past",
  "/events/scope-3-ghg-reporting-workshop-2023",
  "/events/cop29-digitalization-day-roundtable",
  "/events/example-webinar-green-standards",
  "/circulars",
  "/circulars/tsb-circular-114",
  "/circulars/cl-23-15",
  "/circulars/cl-24-63",
  "/declarations",
  "/declarations/cop29-declaration",
  "/pillars",
  "/pillars/early-warnings",
  "/working-groups",
  "/working-groups/wg-circular-ict",
  "/pledges",
];

test.describe("public content", () => {
  test("every public page renders in every language", async ({ request }) => {
    for (const lang of languages) {
      for (const path of pages) {
        const response = await request.get(`/${lang}${path}`);
        expect(response.status(), `/${lang}${path}`).toBe(200);
        const html = await response.text();
        expect(html, `/${lang}${path}`).toContain(`<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}"`);
        expect(html).toContain(tr(lang, "nav.circulars"));
      }
    }
  });

  test("pages hydrate without errors under the content security policy", async ({ page }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
    for (const path of [
      "/en/events",
      "/ar/events/example-workshop-circular-ict",
      "/ru/circulars/cl-24-63",
      "/zh/declarations/cop29-declaration",
      "/fr/pillars/open-data",
      "/es/working-groups",
      "/fr/partners/join",
      "/ar/partners/sign-in",
      "/en/admin/sign-in",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(problems).toEqual([]);
  });

  test("the Scope 3 workshop shows its time in Geneva time with the zone, and its circular (English)", async ({ page }) => {
    await page.goto("/en/events/scope-3-ghg-reporting-workshop-2023");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Scope 3 GHG reporting/);
    await expect(page.locator(".event-facts")).toContainText(/11 July 2023, 15:00\s*[–-]\s*16:30 CEST/);
    await expect(page.locator(".event-facts")).toContainText("ITU, GSMA and GeSI");
    await expect(page.locator(".registration-state")).toHaveText(tr("en", "registration.long.took-place"));
    await page.getByRole("link", { name: "TSB Circular 114" }).click();
    await expect(page).toHaveURL(/\/en\/circulars\/tsb-circular-114$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("TSB Circular 114");
  });

  test("in Arabic the event page is right-to-left and the visitor's own time appears after hydration", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
    const page = await context.newPage();
    await page.goto("/ar/events/scope-3-ghg-reporting-workshop-2023");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator(".local-time")).toContainText(tr("ar", "events.timeYours"));
    await context.close();
  });

  test("a text missing in the visitor's language falls back with a notice naming the language shown", async ({ page }) => {
    await page.goto("/fr/circulars/cl-24-63");
    const shown = new Intl.DisplayNames(["fr"], { type: "language" }).of("en")!;
    await expect(page.locator(".fallback-notice")).toHaveText(tr("fr", "contentNotice.fallback", { language: shown }));
    // The letter was issued in Russian: any other version shown is the portal's translation, and says so.
    const russian = new Intl.DisplayNames(["fr"], { type: "language" }).of("ru")!;
    await expect(page.getByText(tr("fr", "circulars.translatedFrom", { language: russian }))).toBeVisible();
    await page.goto("/ru/circulars/cl-24-63");
    await expect(page.locator(".fallback-notice")).toHaveCount(0);
    await expect(page.getByText(tr("ru", "circulars.reproducedFrom", { language: "русский" }))).toBeVisible();
  });

  test("the declaration page shows the full text and the endorsement count", async ({ page }) => {
    await page.goto("/zh/declarations/cop29-declaration");
    await expect(page.getByTestId("endorsement-count")).toHaveText("0");
    await expect(page.locator(".long-text")).toContainText("Implementation Framework");
    await expect(page.locator("#endorse")).toBeVisible();
  });

  test("filters narrow the event list and work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/es/events");
    await page.getByLabel(tr("es", "events.format")).selectOption("virtual");
    await page.getByRole("button", { name: tr("es", "events.apply") }).click();
    await expect(page).toHaveURL(/format=virtual/);
    await expect(page.locator(".event-card")).toHaveCount(1);
    await expect(page.locator('.event-card a[href="/es/events/example-webinar-green-standards"]')).toHaveCount(1);
    await context.close();
  });

  test("calendar files and feeds are valid and never carry a join link", async ({ request, page }) => {
    const one = await request.get("/en/events/scope-3-ghg-reporting-workshop-2023/calendar.ics");
    expect(one.headers()["content-type"]).toContain("text/calendar");
    const ics = await one.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("DTSTART:20230711T130000Z\r\n");
    expect(ics).toContain("DTEND:20230711T143000Z\r\n");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const feed = await (await request.get("/ar/events.ics")).text();
    expect(feed.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(5);
    // A French calendar is named after the initiative in French, not the page header's Latin wordmark.
    const unfold = async (url: string) => (await (await request.get(url)).text()).replace(/\r\n /g, "");
    expect(await unfold("/fr/events.ics")).toContain(`X-WR-CALNAME:${tr("fr", "brand.initiative")} — ${tr("fr", "nav.events")}\r\n`);
    expect(await unfold("/fr/events/scope-3-ghg-reporting-workshop-2023/calendar.ics")).toContain(`X-WR-CALNAME:${tr("fr", "brand.siteTitle")}\r\n`);
    const json = await (await request.get("/en/events.json")).json();
    expect(json.events.length).toBeGreaterThanOrEqual(5);
    for (const body of [feed, JSON.stringify(json), await (await request.get("/en/events/example-webinar-green-standards")).text()]) {
      expect(body).not.toContain("meet.example.org");
    }

    const atom = await (await request.get("/en/circulars.atom")).text();
    const sitemap = await (await request.get("/sitemap.xml")).text();
    await page.goto("/en/");
    const parsed = await page.evaluate(
      ([a, s]) => {
        const p = new DOMParser();
        const feedDoc = p.parseFromString(a!, "application/xml");
        const mapDoc = p.parseFromString(s!, "application/xml");
        return {
          errors: feedDoc.getElementsByTagName("parsererror").length + mapDoc.getElementsByTagName("parsererror").length,
          entries: feedDoc.getElementsByTagName("entry").length,
          feedNs: feedDoc.documentElement.namespaceURI,
          alternates: mapDoc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").length,
          urls: mapDoc.getElementsByTagName("url").length,
        };
      },
      [atom, sitemap],
    );
    expect(parsed.errors).toBe(0);
    // Other journeys may publish letters meanwhile: the three seeded ones are there at least.
    expect(parsed.entries).toBeGreaterThanOrEqual(3);
    expect(atom).toContain("TSB Circular 114");
    // The feed's author is the initiative, not the secretariat's postal address.
    expect(atom).toContain(`<author><name>${tr("en", "brand.initiative")}</name></author>`);
    expect(atom).not.toContain(tr("en", "footer.secretariat"));
    expect(parsed.feedNs).toBe("http://www.w3.org/2005/Atom");
    expect(parsed.alternates).toBe(parsed.urls * 6);
  });
});
