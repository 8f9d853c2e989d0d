import { expect, test } from "@playwright/test";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { signInAs, startsWith, submitAndWait } from "./support/staff";

test.describe("the secretariat edits events", () => {
  test("a draft is never public; once published it is listed, and edits show on the public page (English)", async ({ page, request }) => {
    await signInAs(page, "en", staff.editor.email);
    await page.goto("/en/admin/events/new");
    await page.getByLabel(tr("en", "admin:editor.slug")).fill("e2e-draft-roundtable");
    await page.getByLabel(tr("en", "events.format"), { exact: true }).selectOption("in-person");
    const title = page.getByRole("group", { name: startsWith(tr("en", "admin:editor.title")) });
    await title.getByLabel("English").fill("E2E roundtable on green standards");
    await title.getByLabel("Français").fill("Table ronde E2E sur les normes vertes");
    await page
      .getByRole("group", { name: tr("en", "admin:editor.summary") })
      .getByLabel("English")
      .fill("A roundtable created by the test suite.");
    await page
      .getByRole("group", { name: tr("en", "events.venue") })
      .getByLabel("English")
      .fill("Geneva, ITU headquarters");
    await page.getByLabel(startsWith(tr("en", "admin:editor.startsAt"))).fill("2031-03-10T10:00");
    await page.getByLabel(startsWith(tr("en", "admin:editor.endsAt"))).fill("2031-03-10T09:00");
    await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
    // The end before the start is refused, with what was typed kept.
    await expect(page.locator(".field-error").getByText(tr("en", "admin:editor.endBeforeStart"))).toBeVisible();
    await expect(title.getByLabel("Français")).toHaveValue("Table ronde E2E sur les normes vertes");
    await page.getByLabel(startsWith(tr("en", "admin:editor.endsAt"))).fill("2031-03-10T12:00");
    await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr("en", "admin:editor.saved"));
    const editUrl = page.url();

    expect((await request.get("/en/events/e2e-draft-roundtable")).status()).toBe(404);
    expect(await (await request.get("/en/events.json")).text()).not.toContain("e2e-draft-roundtable");

    await page.getByLabel(tr("en", "admin:editor.status")).selectOption("published");
    await title.getByLabel("English").fill("E2E roundtable on green standards, revised");
    await submitAndWait(page, page.getByRole("button", { name: tr("en", "admin:editor.save") }));
    await expect(page.getByRole("status")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: tr("en", "admin:editor.action.updated") })).toContainText(staff.editor.name);

    await page.goto("/en/events/e2e-draft-roundtable");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("E2E roundtable on green standards, revised");
    await expect(page.locator(".event-facts")).toContainText(/10:00\s*[–-]\s*12:00 CET/);
    // The page says when it last changed: today, in the event's time zone.
    await expect(page.getByTestId("event-updated")).toHaveText(
      new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Zurich" }).format(new Date()),
    );
    await page.goto("/fr/events/e2e-draft-roundtable");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Table ronde E2E sur les normes vertes");

    // Unpublish again: gone from the public site.
    await page.goto(editUrl);
    await page.getByLabel(tr("en", "admin:editor.status")).selectOption("draft");
    await submitAndWait(page, page.getByRole("button", { name: tr("en", "admin:editor.save") }));
    await expect(page.getByLabel(tr("en", "admin:editor.status"))).toHaveValue("draft");
    expect((await request.get("/en/events/e2e-draft-roundtable")).status()).toBe(404);
  });

  test("an editor changes the Arabic title of an event and Arabic visitors see it (Arabic)", async ({ page }) => {
    await signInAs(page, "ar", staff.editor.email);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page
      .getByRole("navigation", { name: tr("ar", "admin:layout.nav") })
      .getByRole("link", { name: tr("ar", "admin:layout.events") })
      .click();
    // The dashboard links to events too: wait for the list itself before choosing one from it.
    await expect(page).toHaveURL(/\/ar\/admin\/events$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("ar", "admin:editor.eventsTitle"));
    await page.locator("main table").getByRole("link").filter({ hasText: /مثال/ }).first().click();
    const slug = await page.getByLabel(tr("ar", "admin:editor.slug")).inputValue();
    // The letters that may announce the event are named as the page's language names them (glossary term 3).
    const announcedBy = page.getByLabel(tr("ar", "events.announcedBy"));
    await expect(announcedBy).toContainText(tr("ar", "circulars.tsbDesignation", { number: "114" }));
    await expect(announcedBy).not.toContainText("TSB Circular");
    const title = page.getByRole("group", { name: startsWith(tr("ar", "admin:editor.title")) });
    await title.getByLabel("العربية").fill("مثال: عنوان عربي جديد للفعالية");
    await page.getByRole("button", { name: tr("ar", "admin:editor.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr("ar", "admin:editor.saved"));
    await page.goto(`/ar/events/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مثال: عنوان عربي جديد للفعالية");
  });

  test("a reviewer may not edit events", async ({ page }) => {
    await signInAs(page, "en", staff.reviewer.email);
    const response = await page.goto("/en/admin/events/new");
    expect(response?.status()).toBe(403);
  });
});

test.describe("the secretariat edits letters, declarations and working groups", () => {
  test("a new circular letter stays private as a draft and appears once published (English)", async ({ page, request }) => {
    await signInAs(page, "en", staff.editor.email);
    await page.goto("/en/admin/content/circulars/new");
    await page.getByLabel(startsWith(tr("en", "admin:editor.slug"))).fill("cl-99-01");
    await page.getByLabel(startsWith(tr("en", "admin:content.reference"))).fill("CL-99/01");
    await page.getByLabel(startsWith(tr("en", "admin:content.issuedOn"))).fill("2026-11-20");
    // The letter's original language is named, not coded; a new letter starts as English, not the list's first (Arabic).
    await expect(page.getByLabel(tr("en", "admin:content.originalLang")).locator("option:checked")).toHaveText("English");
    await page
      .getByRole("group", { name: startsWith(tr("en", "admin:content.subject")) })
      .getByLabel("English")
      .fill("Invitation to the E2E consultation");
    await page
      .getByRole("group", { name: startsWith(tr("en", "admin:content.place")) })
      .getByLabel("English")
      .fill("Geneva");
    await page
      .getByRole("group", { name: startsWith(tr("en", "circulars.addressees")) })
      .getByLabel("English")
      .fill("Member States");
    await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
    // The full text is required in at least one language.
    await expect(page.locator(".field-error")).toHaveText([tr("en", "errors.required")]);
    await page
      .getByRole("group", { name: startsWith(tr("en", "admin:content.body")) })
      .getByLabel("English")
      .fill("Dear Sir or Madam,\n\nWe invite you.");
    await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr("en", "admin:editor.saved"));
    expect((await request.get("/en/circulars/cl-99-01")).status()).toBe(404);
    expect(await (await request.get("/en/circulars.atom")).text()).not.toContain("CL-99/01");

    await page.getByLabel(startsWith(tr("en", "admin:editor.status"))).selectOption("published");
    await submitAndWait(page, page.getByRole("button", { name: tr("en", "admin:editor.save") }));
    await page.goto("/en/circulars");
    await page.getByRole("link", { name: "Invitation to the E2E consultation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("CL-99/01: Invitation to the E2E consultation");
  });

  test("the letter editor's title follows French typography (French)", async ({ page }) => {
    await signInAs(page, "fr", staff.editor.email);
    await page.goto("/fr/admin/content/circulars/new");
    // «Lettres circulaires : Créer», a no-break space before the colon, as everywhere in French.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      tr("fr", "labelValue", { label: tr("fr", "admin:content.kinds.circulars"), value: tr("fr", "admin:content.new") }),
    );
    await expect(page.getByRole("heading", { level: 1 })).toContainText("\u00a0:");
  });

  test("an edited working-group mandate shows on its public page (Arabic)", async ({ page }) => {
    await signInAs(page, "ar", staff.admin.email);
    await page.goto("/ar/admin/content");
    await page.locator('a[href^="/ar/admin/content/working-groups/"]:not([href$="/new"])').first().click();
    // React resets a pre-filled textarea when it hydrates: type only once the page is live.
    await page.waitForLoadState("networkidle");
    const mandate = page.getByRole("group", { name: startsWith(tr("ar", "workingGroups.mandate")) });
    await mandate.getByLabel("العربية").fill("ولاية محدّثة من اختبار شامل.");
    await page.getByRole("button", { name: tr("ar", "admin:editor.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr("ar", "admin:editor.saved"));
    await page.getByRole("link", { name: tr("ar", "admin:editor.viewPublic") }).click();
    await expect(page.locator(".long-text")).toHaveText("ولاية محدّثة من اختبار شامل.");
  });
});
