import { expect, test } from "@playwright/test";
import { fillNewCircular, ownEndonym } from "./support/content";
import { tr } from "./support/i18n";
import { createOpenEvent, signInAs, startsWith, submitAndWait } from "./support/staff";

test.describe("staff-written text is formatted on the server", () => {
  const markdown = "**Working languages:** English, French\n\n- first point\n- *second* point\n\nYours faithfully,\nSeizo Onoe\n\n<script>alert(1)</script>";

  for (const lang of ["en", "ar"] as const) {
    test(`a circular's Markdown shows bold, lists and kept line breaks; raw HTML stays text (${lang})`, async ({ page }) => {
      const slug = `cl-md-${lang}`;
      await signInAs(page, lang, "editor@example.org");
      await fillNewCircular(page, lang, {
        slug,
        reference: `CL-MD/${lang}`,
        date: "2026-11-20",
        subjects: { [ownEndonym(lang)]: `Formatting ${lang}` },
        body: markdown,
      });
      await expect(page.getByText(tr(lang, "admin:editor.formattingHint"))).toHaveCount(1);
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
