import { expect, test } from "@playwright/test";
import { stored } from "./support/db";
import { nodeFormSession } from "./support/forms";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { addParticipationType, inviteOne } from "./support/participation";
import { manageLink, registerOnPage } from "./support/register";
import { createOpenEvent, signInAs, startsWith, submitAndWait } from "./support/staff";

const JOIN = "https://meet.example.org/e2e-hybrid-room";
/** The names migration 0018 and the derived types give a hybrid event's two types. */
const IN_PERSON = { ru: "Очное участие", ar: "الحضور الشخصي" } as Record<string, string>;
const ONLINE = { ru: "Онлайн-участие", ar: "المشاركة عبر الإنترنت" } as Record<string, string>;

for (const { lang, js } of [
  { lang: "ru", js: true },
  { lang: "ar", js: false },
]) {
  test(`a hybrid event: in person and online each with their own seats and line, the join link online only, an invitation-only speaker type (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const title = `Hybrid workshop ${lang}`;
    const shown = lang === "ar" ? `${title} (ع)` : title;
    // One seat in the room, online without a limit (decision 013).
    const { slug, id } = await createOpenEvent(browser, { slug: `hybrid-types-${lang}`, title, capacity: 1, joinUrl: JOIN, format: "hybrid" });
    const staff = await (await browser.newContext()).newPage();
    await signInAs(staff, lang, "editor@example.org");
    const speakerName = `Speaker ${lang}`;
    await addParticipationType(staff, lang, id, { name: speakerName, mode: "in-person", capacity: 5, invitationOnly: true });

    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    const who = (n: string) => `${n}-types-${lang}@example.org`;
    const confirmed = (email: string) => waitForEmail(email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: shown }));

    // The form asks how the person takes part; the invitation-only type is not offered.
    await page.goto(`/${lang}/events/${slug}`);
    await expect(page.getByRole("group", { name: tr(lang, "participation.legend") }).getByRole("radio")).toHaveCount(2);
    await expect(page.getByRole("radio", { name: startsWith(speakerName) })).toHaveCount(0);

    await registerOnPage(page, lang, slug, { email: who("room"), firstName: "Leila", lastName: "Haddad", type: IN_PERSON[lang] });
    await registerOnPage(page, lang, slug, { email: who("online"), firstName: "Chen", lastName: "Wei", type: ONLINE[lang] });
    const roomMail = await confirmed(who("room"));
    const onlineMail = await confirmed(who("online"));
    expect(onlineMail.html).toContain(JOIN);
    expect(onlineMail.text).toContain(ONLINE[lang]);
    expect(roomMail.html).not.toContain(JOIN);
    expect(roomMail.text).toContain(IN_PERSON[lang]);

    // The room is full: the next in-person registrant waits on the room's own list, while online still confirms.
    await page.goto(`/${lang}/events/${slug}`);
    await expect(page.getByRole("radio", { name: startsWith(IN_PERSON[lang]) })).toHaveAccessibleName(new RegExp(tr(lang, "participation.waitingList")));
    await registerOnPage(page, lang, slug, { email: who("second-room"), firstName: "Ana", lastName: "Silva", type: IN_PERSON[lang] });
    const waiting = await waitForEmail(who("second-room"), (m) => m.subject === tr(lang, "email:registrationWaiting.subject", { event: shown }));
    expect(waiting.html).not.toContain(JOIN);
    await registerOnPage(page, lang, slug, { email: who("second-online"), firstName: "Ivan", lastName: "Petrov", type: ONLINE[lang] });
    expect((await confirmed(who("second-online"))).html).toContain(JOIN);
    const row = (email: string) =>
      stored<{ status: string; mode: string; proven: number }>(
        "select r.status, p.mode, r.address_proven proven from registrations r join participation_types p on p.id = r.participation_type_id where r.email = ?",
        email,
      );
    expect(row(who("second-room"))).toMatchObject({ status: "waiting", mode: "in-person" });
    expect(row(who("second-online"))).toMatchObject({ status: "confirmed", mode: "online" });

    // The desk splits by type.
    await staff.goto(`/${lang}/admin/events/${id}/registrants`);
    // Its search box is as tall and legible as the filters beside it, not the browser's small default.
    const search = (await staff.getByRole("searchbox", { name: tr(lang, "admin:desk.search"), exact: true }).boundingBox())!;
    const status = (await staff.getByRole("combobox", { name: tr(lang, "admin:editor.status"), exact: true }).boundingBox())!;
    expect(search.height).toBeGreaterThanOrEqual(status.height - 2);
    // Its columns are counts, headed as the desk's tallies are.
    await expect(staff.getByTestId("type-counts").getByRole("columnheader")).toHaveText(
      [tr(lang, "admin:types.name"), tr(lang, "admin:types.mode"), tr(lang, "admin:types.capacity")].concat(
        (["confirmed", "held", "waiting", "pending"] as const).map((s) => tr(lang, `admin:desk.counts.${s}`)),
      ),
    );
    const roomCounts = staff.getByTestId("type-counts").getByRole("row", { name: startsWith(IN_PERSON[lang]) });
    await expect(roomCounts.getByTestId("confirmed")).toHaveText(new Intl.NumberFormat(lang).format(1));
    await expect(roomCounts.getByTestId("waiting")).toHaveText(new Intl.NumberFormat(lang).format(1));

    // From the manage page, the first in-person registrant moves online: the room's line moves up.
    await page.goto(manageLink(roomMail));
    // Sent with no way chosen: the summary, in the change-of-type form, names the question and links to it
    // (it sat in the details form, where its link led nowhere, and the details lost their values).
    await page.getByRole("button", { name: tr(lang, "manage.changeTypeSubmit") }).click();
    await expect(page.getByRole("alert")).toBeFocused();
    const unchosen = page
      .getByRole("alert")
      .getByRole("link")
      .filter({ hasText: tr(lang, "errors.participationType") });
    await expect(unchosen).toContainText(tr(lang, "participation.legend"));
    await expect(page.getByLabel(startsWith(tr(lang, "register.firstName")))).toHaveValue("Leila");
    await page.getByRole("radio", { name: startsWith(ONLINE[lang]) }).check();
    await page.getByRole("button", { name: tr(lang, "manage.changeTypeSubmit") }).click();
    await expect(page.getByRole("status").first()).toHaveText(tr(lang, "manage.typeChanged"));
    await expect(page.getByTestId("participation-type")).toHaveText(ONLINE[lang]);
    await expect(page.getByRole("link", { name: tr(lang, "manage.join") })).toHaveAttribute("href", JOIN);
    await waitForEmail(who("second-room"), (m) => m.subject === tr(lang, "email:registrationPromoted.subject", { event: shown }));
    expect(row(who("room"))).toMatchObject({ status: "confirmed", mode: "online" });
    expect(row(who("second-room"))).toMatchObject({ status: "confirmed", mode: "in-person" });

    // Without the invitation, the speaker type is refused, with a localized message.
    const speakerId = stored<{ id: number }>("select id from participation_types where event_id = ? and invitation_only = 1", id).id;
    const html = await (await page.request.get(`/${lang}/events/${slug}`)).text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const person = {
      firstName: "Uninvited",
      lastName: "Guest",
      organisation: "Org",
      organisationType: "academia",
      country: "FR",
      jobTitle: "Professor",
      gender: "",
      accessibilityNeeds: "",
      consent: "on",
      fax_number: "",
    };
    const refused = await page.request.post(`/${lang}/events/${slug}`, {
      form: { _csrf: csrf, ...person, email: who("uninvited"), participationType: String(speakerId) },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain(tr(lang, "register.notInvited").replace(/'/g, "&#x27;"));
    expect(stored<{ n: number }>("select count(*) n from registrations where email = ?", who("uninvited")).n).toBe(0);

    // The invited speaker opens the emailed link: the form is for the speaker type, tied to their address.
    await inviteOne(staff, lang, id, { type: speakerName, email: who("speaker"), name: "Dr Speaker", lang });
    const invitation = await waitForEmail(who("speaker"), (m) => m.subject === tr(lang, "email:participationInvitation.subject", { event: shown }));
    const link = new URL((invitation.text ?? "").match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/)![0]!).pathname;
    // Someone else holding the link cannot register another address with it.
    const linkCsrf = (await (await page.request.get(link)).text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
    const other = await page.request.post(link, { form: { _csrf: linkCsrf, ...person, email: who("uninvited") }, maxRedirects: 0 });
    expect(other.status()).toBe(403);
    await page.goto(link);
    const email = page.getByLabel(startsWith(tr(lang, "register.email")));
    await expect(email).toHaveValue(who("speaker"));
    await expect(email).not.toBeEditable();
    await page.getByLabel(startsWith(tr(lang, "register.firstName"))).fill("Amina");
    await page.getByLabel(startsWith(tr(lang, "register.lastName"))).fill("Diallo");
    await page
      .getByLabel(startsWith(tr(lang, "register.organisation")))
      .first()
      .fill("ARTP");
    await page.getByLabel(startsWith(tr(lang, "register.jobTitle"))).fill("Director");
    await page.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("member-state");
    await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption("SN");
    await page.getByLabel(tr(lang, "register.consent")).check();
    await page.getByRole("button", { name: tr(lang, "register.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "register.thanksTitle"));
    // The invitation proved the address: confirmed at once, as a speaker.
    const speakerMail = await confirmed(who("speaker"));
    expect(speakerMail.text).toContain(speakerName);
    expect(speakerMail.html).not.toContain(JOIN);
    expect(row(who("speaker"))).toMatchObject({ status: "confirmed", mode: "in-person", proven: 1 });
    await context.close();
    await staff.context().close();
  });
}

test("a burst at an event with two limited types: each type seats exactly its capacity, the rest wait in their own line, no duplicates", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { slug, id } = await createOpenEvent(browser, { slug: "burst-types", title: "Burst types", capacity: 60, format: "hybrid" });
  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, "en", "editor@example.org");
  // The online type gets a limit too: 40 seats.
  await staff.goto(`/en/admin/events/${id}/types`);
  const online = staff.locator("section").filter({ has: staff.getByRole("heading", { name: "Online", exact: true }) });
  await online.getByLabel(tr("en", "admin:types.capacity")).fill("40");
  await submitAndWait(staff, online.getByRole("button", { name: tr("en", "admin:types.save") }));
  // A refused delete is said at the top of the page (its form has no field to show it by; it was shown nowhere).
  const deleteForm = staff.locator("form").filter({ has: staff.locator('button[name="intent"][value="delete"]') });
  await deleteForm.locator('input[name="_csrf"]').evaluate((input) => ((input as HTMLInputElement).value = "spoiled"));
  await deleteForm.getByRole("button").click();
  await expect(staff.getByRole("alert")).toContainText(tr("en", "errors.csrf"));
  expect(stored<{ n: number }>("select count(*) n from participation_types where event_id = ?", id).n).toBe(2);
  const types = [60, 40].map(
    (capacity) => stored<{ id: number }>("select id from participation_types where event_id = ? and coalesce(capacity, 0) = ?", id, capacity).id,
  );
  await staff.context().close();

  const { E2E_URL } = await import("./support/env");
  const { cookie, csrf } = await nodeFormSession(`/en/events/${slug}`);
  const body = (email: string, typeId: number) =>
    new URLSearchParams({
      _csrf: csrf,
      fax_number: "",
      email,
      firstName: "Burst",
      lastName: "Person",
      organisation: "Org",
      organisationType: "academia",
      country: "KE",
      jobTitle: "Engineer",
      gender: "",
      accessibilityNeeds: "",
      consent: "on",
      participationType: String(typeId),
    });
  const statuses = await Promise.all(
    Array.from({ length: 1000 }, async (_, i) => {
      const r = await fetch(`${E2E_URL}/en/events/${slug}`, {
        method: "POST",
        body: body(`typed${i}@example.org`, types[i % 2]!),
        headers: { cookie },
        redirect: "manual",
      });
      return r.status;
    }),
  );
  expect(statuses.filter((s) => s !== 302)).toEqual([]);
  const count = (typeId: number, status: string) =>
    stored<{ n: number }>("select count(*) n from registrations where participation_type_id = ? and status = ?", typeId, status).n;
  expect([count(types[0]!, "held"), count(types[0]!, "waiting")]).toEqual([60, 440]);
  expect([count(types[1]!, "held"), count(types[1]!, "waiting")]).toEqual([40, 460]);
  expect(stored<{ n: number; d: number }>("select count(*) n, count(distinct email_key) d from registrations where event_id = ?", id)).toEqual({
    n: 1000,
    d: 1000,
  });
});
