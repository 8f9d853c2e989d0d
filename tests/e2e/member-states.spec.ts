import { expect, test } from "@playwright/test";
import { db, designateFocalPoint, endorseForGovernment, endorsementId, expectAwaiting, expectFocalPointTold, signInAsFocalPoint } from "./support/focal-point";
import { expectLetterOpens, noteVerbale } from "./support/letters";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { registerOnPage } from "./support/register";
import { createOpenEvent } from "./support/staff";

for (const { lang, js, country, other, fpName, ministry } of [
  {
    lang: "es",
    js: true,
    country: "CO",
    other: "PE",
    fpName: "Laura Gómez",
    ministry: "Ministerio TIC de Colombia",
  },
  {
    lang: "ar",
    js: false,
    country: "EG",
    other: "OM",
    fpName: "منى عبد الله",
    ministry: "وزارة الاتصالات وتكنولوجيا المعلومات",
  },
]) {
  test(`the secretariat designates a focal point, who signs in, approves one delegate and declines another, and confirms the government's endorsement; the country page and the map show it (${lang}${
    js ? "" : ", no JavaScript"
  })`, async ({ browser, request }) => {
    // A whole journey (three people, eight emails): longer than the default 30 s on a shared machine.
    test.setTimeout(120_000);
    const iso = country.toLowerCase();
    const fpEmail = `focal-${iso}@example.gov`;
    const staffPage = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await designateFocalPoint(staffPage, lang, { country, name: fpName, email: fpEmail });
    // Someone submits an endorsement in the government's name; another is made for another country; both send a letter.
    const publicPage = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    const endorserEmail = `gov-${iso}@example.gov`;
    await endorseForGovernment(publicPage, lang, country, ministry, endorserEmail, true, noteVerbale(country));
    await endorseForGovernment(publicPage, lang, other, `Ministry of ${other}`, `gov-${other.toLowerCase()}@example.gov`, false, noteVerbale(other));
    const mine = endorsementId(endorserEmail);
    const theirs = endorsementId(`gov-${other.toLowerCase()}@example.gov`);

    // It waits for the focal point, who is told: the secretariat sees it waiting, not yet in the queue it decides.
    await expectFocalPointTold(lang, fpEmail, ministry, staffPage);

    // The focal point signs in by the emailed link, in their language.
    const fpPage = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    const linkPath = await signInAsFocalPoint(fpPage, lang, fpEmail);
    const card = fpPage.locator(`[data-endorsement="${mine}"]`);
    await expectAwaiting(card, lang, ministry);
    await expect(fpPage.locator(`[data-endorsement="${theirs}"]`)).toHaveCount(0);
    await expectLetterOpens(fpPage, lang, card, noteVerbale(country), theirs);
    expect((await fpPage.goto(linkPath))?.status()).toBe(410);

    // Two delegates of this government register; they wait for the focal point, who approves one and declines the other.
    const event = await createOpenEvent(browser, {
      slug: `delegates-${lang}`,
      title: `Delegates ${lang}`,
      delegatesNeedFocalPoint: true,
    });
    const eventTitle = lang === "ar" ? `Delegates ${lang} (ع)` : `Delegates ${lang}`;
    const approved = {
      email: `delegate-a-${iso}@example.gov`,
      firstName: "Ana",
      lastName: "Delegada",
      country,
      delegate: true,
    };
    const declined = {
      email: `delegate-b-${iso}@example.gov`,
      firstName: "Beto",
      lastName: "Delegado",
      country,
      delegate: true,
    };
    const otherDelegate = {
      email: `delegate-${other.toLowerCase()}@example.gov`,
      firstName: "Otro",
      lastName: "País",
      country: other,
      delegate: true,
    };
    for (const p of [approved, declined, otherDelegate]) {
      await registerOnPage(publicPage, lang, event.slug, p);
      // Each is told whose approval they await: their focal point, or the secretariat where the country has none.
      await expect(publicPage.getByTestId("registration-status")).toHaveText(
        tr(lang, p === otherDelegate ? "registrationStatus.pending" : "registrationStatus.pendingFocalPoint"),
      );
    }
    const pendingMail = await waitForEmail(approved.email, (m) => m.subject === tr(lang, "email:registrationPendingFocalPoint.subject", { event: eventTitle }));
    expect(pendingMail.text).toContain(tr(lang, "registrationStatus.pendingFocalPoint"));
    const regId = (email: string) =>
      db().prepare("select id, status, government_delegate as d from registrations where email = ?").get(email) as { id: number; status: string; d: number };
    expect(regId(approved.email)).toMatchObject({ status: "pending", d: 1 });
    await fpPage.goto(`/${lang}/focal-point`);
    await expect(fpPage.locator(`[data-registration="${regId(otherDelegate.email).id}"]`)).toHaveCount(0);
    await fpPage
      .getByRole("button", {
        name: tr(lang, "focalPoint.approveOf", { name: "Ana Delegada" }),
      })
      .click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.approve"));
    // The note field of Beto's own row: other pending delegates and endorsements of this country have one too.
    await fpPage
      .locator(`[data-registration="${regId(declined.email).id}"]`)
      .getByLabel(tr(lang, "focalPoint.note"))
      .fill("Not on the official delegation list.");
    await fpPage
      .getByRole("button", {
        name: tr(lang, "focalPoint.declineOf", { name: "Beto Delegado" }),
      })
      .click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.decline"));
    await waitForEmail(approved.email, (m) => m.subject === tr(lang, "email:registrationConfirmed.subject", { event: eventTitle }));
    const declinedMail = await waitForEmail(declined.email, (m) => m.subject === tr(lang, "email:registrationRejected.subject", { event: eventTitle }));
    expect(declinedMail.text).toContain("Not on the official delegation list.");
    expect(regId(approved.email).status).toBe("confirmed");
    expect(regId(declined.email).status).toBe("rejected");
    const delegatesCsv = await fpPage.request.get(`/${lang}/focal-point/delegates.csv`);
    expect(delegatesCsv.status()).toBe(200);
    const csvText = await delegatesCsv.text();
    expect(csvText).toContain(approved.email);
    expect(csvText).not.toContain(otherDelegate.email);

    // On an event that also needs the secretariat's approval, the focal point's approval leaves the
    // delegate pending for the secretariat, and the list says so instead of offering the decision again.
    const both = await createOpenEvent(browser, {
      slug: `delegates-both-${lang}`,
      title: `Delegates both ${lang}`,
      delegatesNeedFocalPoint: true,
      requiresApproval: true,
    });
    const third = { email: `delegate-c-${iso}@example.gov`, firstName: "Carla", lastName: "Delegada", country, delegate: true };
    await registerOnPage(publicPage, lang, both.slug, third);
    await expect.poll(() => regId(third.email)?.status, { timeout: 10_000 }).toBe("pending");
    await fpPage.goto(`/${lang}/focal-point`);
    const thirdRow = fpPage.locator(`[data-registration="${regId(third.email).id}"]`);
    await expect(thirdRow).toContainText(tr(lang, "focalPoint.delegateState.awaitingYou"));
    await thirdRow.getByRole("button", { name: tr(lang, "focalPoint.approveOf", { name: "Carla Delegada" }) }).click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.forwarded"));
    await expect(thirdRow).toContainText(tr(lang, "focalPoint.delegateState.approvedAwaitingSecretariat"));
    await expect(thirdRow.getByRole("button", { name: tr(lang, "focalPoint.approveOf", { name: "Carla Delegada" }) })).toHaveCount(0);
    expect(regId(third.email).status).toBe("pending");

    // Another country's endorsement or delegate is not there for this focal point: 404 for every intent.
    await fpPage.goto(`/${lang}/focal-point`);
    const csrf = (await fpPage.locator('input[name="_csrf"]').first().getAttribute("value"))!;
    for (const [intent, id] of [
      ["confirm", theirs],
      ["refuse", theirs],
      ["approve", regId(otherDelegate.email).id],
      ["decline", regId(otherDelegate.email).id],
    ] as const) {
      const res = await fpPage.request.post(`/${lang}/focal-point`, {
        form: { _csrf: csrf, intent, id: String(id), note: "" },
        maxRedirects: 0,
      });
      expect(res.status(), intent).toBe(404);
    }
    expect(regId(otherDelegate.email).status).toBe("pending");
    expect((db().prepare("select status from endorsements where id = ?").get(theirs) as { status: string }).status).toBe("pending");

    const fpNote = lang === "ar" ? "أكدت الوزارة هذا التأييد بمذكرة شفوية." : "El Ministerio lo confirmó por nota verbal.";
    await card.getByLabel(tr(lang, "focalPoint.note")).fill(fpNote);
    await card.getByRole("button", { name: tr(lang, "focalPoint.confirm") }).click();
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.done.confirm"));

    // The focal point signs out (an office's shared computer): the session ends there and then.
    await fpPage.getByRole("button", { name: tr(lang, "partners.signOut") }).click();
    await expect(fpPage).toHaveURL(new RegExp(`/${lang}/focal-point/sign-in\\?signed-out$`));
    await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "partners.signedOut"));
    await fpPage.goto(`/${lang}/focal-point`);
    await expect(fpPage).toHaveURL(new RegExp(`/${lang}/focal-point/sign-in$`));
    const sessions = db()
      .prepare("select count(*) as n from focal_point_sessions s join focal_points f on f.id = s.focal_point_id where f.email = ?")
      .get(fpEmail) as { n: number };
    expect(sessions.n).toBe(0);

    // Now the secretariat sees it and approves it.
    await staffPage.goto(`/${lang}/admin/endorsements`);
    // The queue marks it as confirmed by the focal point.
    await expect(
      staffPage
        .getByRole("listitem")
        .filter({ has: staffPage.getByRole("link", { name: ministry }) })
        .first(),
    ).toContainText(tr(lang, "admin:review.focalPoint"));
    await staffPage.getByRole("link", { name: ministry }).first().click();
    // Its history says what the focal point did, by name, in the secretariat's language.
    const history = staffPage.getByRole("region", { name: tr(lang, "admin:editor.history") });
    await expect(history).toContainText(tr(lang, "admin:editor.action.focal-point-confirmed"));
    await expect(history).toContainText(fpName);
    // And the note the focal point left for the secretariat, beside their name.
    await expect(staffPage.locator("dd", { hasText: fpNote })).toBeVisible();
    await expect(staffPage.locator("dt", { hasText: tr(lang, "admin:review.focalPoint") })).toBeVisible();
    await staffPage.getByRole("button", { name: tr(lang, "admin:review.approve") }).click();
    await expect(staffPage.getByRole("status")).toHaveText(tr(lang, "admin:editor.saved"));

    const countryPage = await request.get(`/${lang}/member-states/${iso}`);
    expect(countryPage.status()).toBe(200);
    await publicPage.goto(`/${lang}/member-states/${iso}`);
    // No organisation of this country has disclosed emissions; Switzerland's page lists ITU's own (seeded) footprint.
    await expect(publicPage.getByTestId("country-disclosures").locator("li")).toHaveCount(0);
    await expect(publicPage.getByText(tr(lang, "memberStates.noDisclosures"))).toBeVisible();
    const item = publicPage.locator('[data-declaration="cop29-declaration"]');
    await expect(item).toHaveAttribute("data-endorsed", "true");
    await expect(item).toContainText(tr(lang, "memberStates.verifiedBy.focal-point"));
    await publicPage.goto(`/${lang}/member-states`);
    // The map is an image the server draws: the page shows it, and it colours this country as endorsed.
    const map = publicPage.getByTestId("member-map");
    const declarationTitle = (await publicPage.locator("table th[scope=col]").nth(1).innerText()).trim();
    expect(await map.getAttribute("alt")).toBe(tr(lang, "memberStates.mapLabel", { declaration: declarationTitle }));
    expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const svgResponse = await request.get((await map.getAttribute("src"))!);
    expect(svgResponse.headers()["content-type"]).toContain("image/svg+xml");
    const svg = await svgResponse.text();
    expect(svg).toMatch(new RegExp(`class="ms-endorsed"[^>]*data-country="${country}"`));
    expect(svg).toMatch(new RegExp(`class="ms-not-recorded"[^>]*data-country="${other}"`));
    const row = publicPage.locator(`tr[data-country="${country}"]`);
    await expect(row).toContainText(tr(lang, "memberStates.status.endorsed"));
    await expect(row).toContainText(tr(lang, "memberStates.verifiedBy.focal-point"));
    const csv = await (await request.get(`/${lang}/member-states.csv`)).text();
    expect(csv).toContain(`${country},`);
    expect(csv.split("\r\n").find((l) => l.startsWith(`${country},`))).toContain("endorsed,focal-point,");
    for (const path of [`/${lang}/member-states`, `/${lang}/member-states/${iso}`, `/${lang}/member-states.csv`, `/${lang}/member-states.json`]) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toContain(fpEmail);
      expect(body, path).not.toContain(fpName);
      expect(body, path).not.toContain(endorserEmail);
    }
  });
}

for (const lang of ["en", "ar"]) {
  test(`the Member States map carries the UN map disclaimer, on the page and in the map file on its own (${lang})`, async ({ page, request }) => {
    await page.goto(`/${lang}/member-states`);
    const text = tr(lang, "memberStates.mapDisclaimer");
    const note = page.getByTestId("map-disclaimer");
    await expect(note).toBeVisible();
    await expect(note).toHaveText(text);
    // The page's image leaves the note to the page; the same map fetched on its own prints it under the map.
    const src = (await page.getByTestId("member-map").getAttribute("src"))!;
    expect(await (await request.get(src)).text()).not.toContain(text);
    const alone = await (await request.get(src.replace(/[?&]embed=1/, ""))).text();
    expect(alone.replace(/<\/text><text[^>]*>/g, " ")).toContain(text);
    // No area is drawn as a country apart from the Member State the United Nations' maps show it in.
    expect(alone).not.toMatch(/data-country="(TW|XK)"/);
  });
}
