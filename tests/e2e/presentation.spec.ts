import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";
import { proveAddress } from "./support/register";
import { createOpenEvent, signInAs, startsWith, submitAndWait } from "./support/staff";

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
  for (const lang of ["en", "ar"] as const) {
    test(`the header names ITU beside the portal's mark, titles name ITU, the footer links to itu.int (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/events`);
      const brand = page.locator(".brand");
      await expect(brand.locator("svg.brand-mark")).toBeVisible();
      await expect(brand.locator("abbr")).toHaveText(tr(lang, "brand.itu"));
      await expect(brand.locator("abbr")).toHaveAttribute("title", tr(lang, "brand.ituFull"));
      await expect(brand).not.toContainText("◐");
      await expect(page).toHaveTitle(`${tr(lang, "events.title")} — ${tr(lang, "brand.siteTitle")}`);
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

test.describe("staff-written text is formatted on the server", () => {
  const markdown = "**Working languages:** English, French\n\n- first point\n- *second* point\n\nYours faithfully,\nSeizo Onoe\n\n<script>alert(1)</script>";

  for (const lang of ["en", "ar"] as const) {
    test(`a circular's Markdown shows bold, lists and kept line breaks; raw HTML stays text (${lang})`, async ({ page }) => {
      const slug = `cl-md-${lang}`;
      await signInAs(page, lang, "editor@example.org");
      await page.goto(`/${lang}/admin/content/circulars/new`);
      await expect(page.getByText(tr(lang, "admin:editor.formattingHint"))).toHaveCount(1);
      await page.getByLabel(startsWith(tr(lang, "admin:editor.slug"))).fill(slug);
      await page.getByLabel(startsWith(tr(lang, "admin:content.reference"))).fill(`CL-MD/${lang}`);
      await page.getByLabel(startsWith(tr(lang, "circulars.date"))).fill("2026-11-20");
      const own = lang === "ar" ? "العربية" : "English";
      await page
        .getByRole("group", { name: startsWith(tr(lang, "admin:content.subject")) })
        .getByLabel(own)
        .fill(`Formatting ${lang}`);
      await page
        .getByRole("group", { name: startsWith(tr(lang, "admin:content.place")) })
        .getByLabel(own)
        .fill("Geneva");
      await page
        .getByRole("group", { name: startsWith(tr(lang, "circulars.addressees")) })
        .getByLabel(own)
        .fill("Member States");
      await page
        .getByRole("group", { name: startsWith(tr(lang, "admin:content.body")) })
        .getByLabel(own)
        .fill(markdown);
      await page.getByLabel(startsWith(tr(lang, "admin:editor.status"))).selectOption("published");
      await submitAndWait(page, page.getByRole("button", { name: tr(lang, "admin:editor.save") }));
      // The editor previews the saved text exactly as the public page will show it.
      await page.getByText(tr(lang, "admin:editor.preview")).click();
      await expect(page.locator("details.preview strong")).toHaveText("Working languages:");

      await page.goto(`/${lang}/circulars/${slug}`);
      const body = page.locator(".long-text");
      await expect(body.locator("strong")).toHaveText("Working languages:");
      await expect(body).not.toContainText("**");
      await expect(body.locator("li")).toHaveText(["first point", "second point"]);
      await expect(body.locator("li em")).toHaveText("second");
      // The signature keeps its two lines.
      await expect(body.locator("p", { hasText: "Yours faithfully," }).locator("br")).toHaveCount(1);
      await expect(body).toContainText("<script>alert(1)</script>");
      await expect(body.locator("script")).toHaveCount(0);
    });
  }

  test("the Markdown library never reaches the browser", async ({ page }) => {
    const scripts: string[] = [];
    page.on("response", async (r) => {
      if (r.url().endsWith(".js")) scripts.push(await r.text());
    });
    // An event page renders staff-written Markdown and, having a form, loads the portal's scripts
    // (a circular letter loads none at all: decision 016).
    await page.goto("/en/events/example-webinar-green-standards");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(js).not.toContain("markdown-it");
  });

  test("an event shows one 'Programme' heading and no label for a field left empty (English and Arabic)", async ({ page, browser }) => {
    await page.goto("/en/events/example-webinar-green-standards");
    await expect(page.getByRole("heading", { name: tr("en", "events.programme"), exact: true })).toHaveCount(1);
    // An event created with neither audience nor fee: their labels are not printed.
    const { slug } = await createOpenEvent(browser, { slug: "no-fee-event", title: "An event without a fee" });
    for (const lang of ["en", "ar"]) {
      await page.goto(`/${lang}/events/${slug}`);
      const labels = page.locator(".event-facts dt");
      await expect(labels.filter({ hasText: tr(lang, "events.venue") })).toHaveCount(1);
      await expect(labels.filter({ hasText: tr(lang, "events.fee") })).toHaveCount(0);
      await expect(labels.filter({ hasText: tr(lang, "events.audience") })).toHaveCount(0);
    }
  });
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

test.describe("the registration form", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`the gender list offers "prefer not to say" once (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/events/example-webinar-green-standards`);
      const options = await page.getByLabel(tr(lang, "register.gender")).locator("option").allTextContents();
      expect(options.filter((o) => o === tr(lang, "gender.undisclosed"))).toHaveLength(1);
      expect(options).not.toContain(tr(lang, "register.genderNone"));
    });
  }
});

test.describe("the secretariat's dashboard is a work list", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`each queue is a count linking to where it is worked; next events show their seats (${lang})`, async ({ page, request }) => {
      await signInAs(page, lang, "admin@example.org");
      const partners = page.getByTestId("queue-partnerRequests");
      const before = Number((await partners.locator(".work-count").innerText()).replace(/\D/g, ""));
      // A partnership request arrives...
      const html = await (await request.get(`/${lang}/partners/join`)).text();
      const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
      const joined = await request.post(`/${lang}/partners/join`, {
        form: {
          _csrf: csrf,
          fax_number: "",
          organisation: `Dashboard ${lang} Ltd`,
          type: "private-sector",
          country: "KE",
          website: "dashboard.example",
          motivation: "",
          name: "Dash Board",
          email: `dash-${lang}@partner.example`,
          consent: "on",
        },
      });
      expect(joined.status()).toBeLessThan(400);
      // ...and the dashboard counts it, in the staff member's language, with a link to its queue.
      await page.reload();
      // Other journeys running beside this one may add requests too: at least this one is counted.
      const count = partners.locator(".work-count");
      await expect(count).toHaveText(/^\d+$/);
      expect(Number((await count.innerText()).replace(/\D/g, ""))).toBeGreaterThanOrEqual(before + 1);
      await expect(partners).toContainText(tr(lang, "admin:dashboard.queues.partnerRequests"));
      for (const key of ["endorsements", "pledgesToReview", "overdueReports", "joinRequests", "failedEmails"]) {
        await expect(page.getByTestId(`queue-${key}`)).toContainText(tr(lang, `admin:dashboard.queues.${key}`));
      }
      await partners.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/admin/partners$`));
      await expect(page.getByRole("heading", { name: `Dashboard ${lang} Ltd` })).toBeVisible();

      await page.goto(`/${lang}/admin`);
      const table = page.getByRole("table", { name: tr(lang, "admin:dashboard.nextEvents") });
      await expect(table.getByRole("columnheader", { name: tr(lang, "admin:dashboard.held") })).toBeVisible();
      await expect(table.getByRole("row")).not.toHaveCount(1);
      await table.getByRole("rowheader").first().getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/admin/events/\\d+/registrants$`));
    });
  }

  test("a reviewer sees only the queues a reviewer works", async ({ page }) => {
    await signInAs(page, "en", "reviewer@example.org");
    await expect(page.getByTestId("queue-endorsements")).toBeVisible();
    await expect(page.getByTestId("queue-failedEmails")).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});

test.describe("the registrant desk", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`shows accessibility needs; a seat beyond capacity and a rejection are asked twice (${lang})`, async ({ browser, page }) => {
      const { slug, id } = await createOpenEvent(browser, { slug: `desk-${lang}`, title: `Desk event ${lang}`, capacity: 1 });
      for (const [email, needs] of [
        [`seat-${lang}@example.org`, ""],
        [`wait-${lang}@example.org`, "Sign language interpretation"],
      ] as const) {
        const html = await (await page.request.get(`/${lang}/events/${slug}`)).text();
        const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
        const r = await page.request.post(`/${lang}/events/${slug}`, {
          form: {
            _csrf: csrf,
            fax_number: "",
            email,
            firstName: "Desk",
            lastName: email.split("@")[0]!,
            organisation: "Org",
            organisationType: "academia",
            country: "BR",
            jobTitle: "Researcher",
            gender: "",
            accessibilityNeeds: needs,
            consent: "on",
          },
        });
        expect(r.status()).toBeLessThan(400);
        // A seat, and a place the desk can act on, are for addresses proven by the emailed link.
        await proveAddress(page, lang, email);
      }
      await signInAs(page, lang, "editor@example.org");
      await page.goto(`/${lang}/admin/events/${id}/registrants`);
      const waiting = page.getByRole("row").filter({ hasText: `wait-${lang}` });
      await expect(waiting.getByTestId("accessibility-needs")).toContainText("Sign language interpretation");

      await waiting.getByRole("button", { name: tr(lang, "admin:desk.promote") }).click();
      await expect(page.getByRole("alert")).toContainText(tr(lang, "admin:desk.confirmOverCapacity", { name: `Desk wait-${lang}`, capacity: 1 }));
      await page.getByRole("link", { name: tr(lang, "admin:desk.keep") }).click();
      await expect(page.getByTestId("count-waiting")).toHaveText(new Intl.NumberFormat(lang).format(1));
      await waiting.getByRole("button", { name: tr(lang, "admin:desk.promote") }).click();
      await page
        .getByRole("alert")
        .getByRole("button", { name: tr(lang, "admin:desk.promote") })
        .click();
      await expect(page.getByTestId("count-confirmed")).toHaveText(new Intl.NumberFormat(lang).format(2));

      const seat = page.getByRole("row").filter({ hasText: `seat-${lang}` });
      await expect(seat.getByRole("button", { name: tr(lang, "admin:desk.reject") })).toHaveClass(/button-secondary/);
      await seat.getByRole("button", { name: tr(lang, "admin:desk.reject") }).click();
      await expect(page.getByRole("alert")).toContainText(tr(lang, "admin:desk.confirmReject", { name: `Desk seat-${lang}` }));
      await page
        .getByRole("alert")
        .getByRole("button", { name: tr(lang, "admin:desk.reject") })
        .click();
      await expect(seat).toContainText(tr(lang, "registrationStatus.rejected"));
    });
  }
});
