import { expect, test } from "@playwright/test";
import { confirmJoinRequest, csrfFor } from "./support/forms";
import { tr } from "./support/i18n";
import { proveAddress } from "./support/register";
import { createOpenEvent, signInAs } from "./support/staff";

// What the secretariat works with every day: the dashboard's queues and the registrant desk.

test.describe("the secretariat's dashboard is a work list", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`each queue is a count linking to where it is worked; next events show their seats (${lang})`, async ({ page, request }) => {
      await signInAs(page, lang, "admin@example.org");
      const partners = page.getByTestId("queue-partnerRequests");
      // A partnership request arrives...
      const csrf = await csrfFor(request, `/${lang}/partners/join`);
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
      expect(await confirmJoinRequest(request, lang, `dash-${lang}@partner.example`)).toBe(200);
      // ...and the dashboard counts it, in the staff member's language, with a link to its queue.
      await page.reload();
      // Journeys running beside this one add and accept requests too, so the count is not compared
      // with an earlier read: it is a number of at least one (this request waits), and the queue it
      // links to lists this request.
      const count = partners.locator(".work-count");
      await expect(count).toHaveText(/^\d+$/);
      expect(Number(await count.innerText())).toBeGreaterThanOrEqual(1);
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

test("on a phone, the desk's headings keep each long Russian word whole (ru, 390 px)", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signInAs(page, "ru", "admin@example.org");
  await page
    .getByRole("table", { name: tr("ru", "admin:dashboard.nextEvents") })
    .getByRole("rowheader")
    .first()
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/ru\/admin\/events\/\d+\/registrants$/);
  /** The words of the page's heading that the browser had to cut across two lines. */
  const cutWords = () =>
    page.locator("h1").evaluate((h1) => {
      const cut: string[] = [];
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? "").matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          if (range.getClientRects().length > 1) cut.push(m[0]);
        }
      }
      return cut;
    });
  await expect(page.locator("h1")).toHaveText(tr("ru", "admin:desk.title"));
  expect(await cutWords()).toEqual([]);
  await page.goto(page.url().replace(/registrants$/, "messages"));
  await expect(page.locator("h1")).toHaveText(tr("ru", "admin:messages.title"));
  expect(await cutWords()).toEqual([]);
  await page.context().close();
});

test.describe("the registrant desk", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`shows accessibility needs; a seat beyond capacity and a rejection are asked twice (${lang})`, async ({ browser, page }) => {
      const { slug, id } = await createOpenEvent(browser, { slug: `desk-${lang}`, title: `Desk event ${lang}`, capacity: 1 });
      for (const [email, needs] of [
        [`seat-${lang}@example.org`, ""],
        [`wait-${lang}@example.org`, "Sign language interpretation"],
      ] as const) {
        const csrf = await csrfFor(page.request, `/${lang}/events/${slug}`);
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
      // The desk's own label (the form's says "optional"), the registrant's words isolated from the page's direction.
      await expect(waiting.getByTestId("accessibility-needs")).toHaveText(
        tr(lang, "labelValue", { label: tr(lang, "admin:checkIn.accessibility"), value: "\u2068Sign language interpretation\u2069" }),
      );

      await waiting.getByRole("button", { name: tr(lang, "admin:desk.promote") }).click();
      await expect(page.getByRole("alert")).toContainText(tr(lang, "admin:desk.confirmOverCapacity", { name: `\u2068Desk wait-${lang}\u2069`, capacity: 1 }));
      await page.getByRole("link", { name: tr(lang, "admin:desk.keep") }).click();
      await expect(page.getByTestId("count-waiting")).toHaveText(new Intl.NumberFormat(lang).format(1));
      await waiting.getByRole("button", { name: tr(lang, "admin:desk.promote") }).click();
      await page
        .getByRole("alert")
        .getByRole("button", { name: tr(lang, "admin:desk.promote") })
        .click();
      await expect(page.getByTestId("count-confirmed")).toHaveText(new Intl.NumberFormat(lang).format(2));
      // Answered: the page does not ask the same question again about a seat already given.
      await expect(page.getByRole("alert")).toHaveCount(0);
      expect(new URL(page.url()).searchParams.has("confirm")).toBe(false);

      const seat = page.getByRole("row").filter({ hasText: `seat-${lang}` });
      await expect(seat.getByRole("button", { name: tr(lang, "admin:desk.reject") })).toHaveClass(/button-secondary/);
      await seat.getByRole("button", { name: tr(lang, "admin:desk.reject") }).click();
      await expect(page.getByRole("alert")).toContainText(tr(lang, "admin:desk.confirmReject", { name: `\u2068Desk seat-${lang}\u2069` }));
      // Only the question: the outcome of the promotion before it no longer shows above it.
      await expect(page.getByRole("status").filter({ hasText: tr(lang, "admin:desk.done.promote") })).toHaveCount(0);
      // The question takes the focus: it is read out, and its buttons are the next Tab away.
      await expect(page.getByRole("alert")).toBeFocused();
      await page
        .getByRole("alert")
        .getByRole("button", { name: tr(lang, "admin:desk.reject") })
        .click();
      await expect(seat).toContainText(tr(lang, "registrationStatus.rejected"));
      await expect(page.getByRole("alert")).toHaveCount(0);
      // A rejection can be undone: the room is full, so the person is back on the waiting list.
      await seat.getByRole("button", { name: tr(lang, "admin:desk.reinstate") }).click();
      await expect(seat).toContainText(tr(lang, "registrationStatus.waiting"));
      await expect(page.getByTestId("count-waiting")).toHaveText(new Intl.NumberFormat(lang).format(1));
    });
  }
});
