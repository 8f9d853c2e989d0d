import { expect, test } from "@playwright/test";
import { stored } from "./support/db";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { manageLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith } from "./support/staff";

for (const { lang, js } of [
  { lang: "fr", js: true },
  { lang: "ar", js: false },
]) {
  test(`once the secretariat approves a registrant, their name is shown as approved and cannot be changed by the manage link; other details can (${lang}${
    js ? "" : ", no JavaScript"
  })`, async ({ browser }) => {
    test.setTimeout(90_000);
    const title = `Approved names ${lang}`;
    // In person: the public content journey counts the virtual events the seed alone gives.
    const { slug, id } = await createOpenEvent(browser, { slug: `approved-name-${lang}`, title, capacity: 10, requiresApproval: true, format: "in-person" });
    // An event with no Arabic title is named in English, marked as such (as the other journeys read it).
    const shown = lang === "ar" ? `${title} (ع)` : title;
    const email = `approved-name-${lang}@example.org`;
    const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    if (js) {
      // The seed's hybrid workshop sent empty: the error summary names each field by its label as written,
      // French no-break spaces kept (« participerez-vous ? » does not leave « ? » alone at the start of a
      // line), and the consent box by what it agrees to, not by its whole sentence.
      await visitor.goto(`/${lang}/events/example-workshop-circular-ict`);
      await visitor.getByRole("button", { name: tr(lang, "register.submit") }).click();
      const summaryLink = (message: string) => visitor.getByRole("alert").getByRole("link").filter({ hasText: message });
      // Read raw: Playwright's text matching would fold the no-break space into a space.
      expect(await summaryLink(tr(lang, "errors.participationType")).textContent()).toContain(tr(lang, "participation.legend"));
      expect(await summaryLink(tr(lang, "errors.consent")).textContent()).toBe(`${tr(lang, "privacy.title")} ${tr(lang, "errors.consent")}`);
      // In the page's order: the choice of participation where the form asks it, before the consent at the end.
      const listed = await visitor.getByRole("alert").getByRole("link").allTextContents();
      const at = (message: string) => listed.findIndex((text) => text.endsWith(message));
      expect(at(tr(lang, "errors.participationType"))).toBeLessThan(at(tr(lang, "errors.consent")));
    }
    await registerOnPage(visitor, lang, slug, { email, firstName: "Nadia", lastName: "Benali" });

    // Before the approval the name is the registrant's to correct.
    const lastName = () => visitor.getByLabel(startsWith(tr(lang, "register.lastName")));
    await expect(lastName()).toBeEditable();

    const desk = await (await browser.newContext()).newPage();
    await signInAs(desk, lang, "editor@example.org");
    await desk.goto(`/${lang}/admin/events/${id}/registrants`);
    await desk
      .getByRole("row")
      .filter({ hasText: email })
      .getByRole("button", { name: tr(lang, "admin:desk.approve") })
      .click();
    await expect(desk.getByRole("status")).toHaveText(tr(lang, "admin:desk.done.approve"));

    // The manage page now shows the name read-only, saying why; the job title still changes.
    const confirmed = await waitForEmail(email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: shown }));
    await visitor.goto(manageLink(confirmed));
    await expect(lastName()).not.toBeEditable();
    await expect(lastName()).toHaveAccessibleDescription(tr(lang, "manage.nameFixedHint"));
    await visitor.getByLabel(startsWith(tr(lang, "register.jobTitle"))).fill("Conseillère principale");
    await visitor.getByRole("button", { name: tr(lang, "manage.save") }).click();
    await expect(visitor.getByRole("status")).toHaveText(tr(lang, "manage.updated"));

    // The same form posted by hand with another name: refused with the reason, nothing changed.
    const form = visitor.locator("form").filter({ has: visitor.locator('input[name="intent"][value="update"]') });
    const fields: Record<string, string> = {};
    for (const input of await form.locator("input[name], select[name], textarea[name]").all()) {
      const name = (await input.getAttribute("name"))!;
      if ((await input.getAttribute("type")) !== "checkbox") fields[name] = await input.inputValue();
    }
    const answer = await visitor.request.post(manageLink(confirmed), { form: { ...fields, lastName: "Substitute" } });
    expect(answer.status()).toBe(409);
    expect(await answer.text()).toContain(tr(lang, "manage.approvedNameFixed").replace(/'/g, "&#x27;"));
    expect(stored<{ last_name: string; job_title: string }>("select last_name, job_title from registrations where email = ?", email)).toEqual({
      last_name: "Benali",
      job_title: "Conseillère principale",
    });
    await visitor.context().close();
    await desk.context().close();
  });
}
