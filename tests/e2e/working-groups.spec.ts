import { expect, test, type Page } from "@playwright/test";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { signedInPartner, signInAs, startsWith, submitAndWait } from "./support/staff";

const locales: Record<string, string> = { es: "es-ES", ar: "ar" };
/** An organisation's name as a sentence around it holds it: isolated, so that its own direction keeps its punctuation. */
const isolated = (name: string) => `\u2068${name}\u2069`;
const percent = (lang: string, v: number) => new Intl.NumberFormat(locales[lang], { style: "percent", maximumFractionDigits: 0 }).format(v);

async function milestoneBar(page: Page, lang: string, slug: string) {
  await page.goto(`/${lang}/working-groups/${slug}`);
  return page.getByRole("progressbar", { name: tr(lang, "workingGroups.milestones"), exact: true });
}

for (const { lang, js, slug } of [
  { lang: "es", js: true, slug: "wg-circular-ict" },
  { lang: "ar", js: false, slug: "wg-green-transformation" },
]) {
  test(`a co-lead sets milestones and the public bar moves; a partner asks to join, is accepted, listed, emailed updates and leaves (${lang}${js ? "" : ", no JavaScript"})`, async ({
    browser,
  }) => {
    test.slow();
    const leadOrg = `Colíder ${lang.toUpperCase()} SA`;
    const memberOrg = `Miembro ${lang.toUpperCase()} Telecom`;
    const leadEmail = `colead-${lang}@wg.example`;
    const memberEmail = `member-${lang}@wg.example`;
    const lead = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signedInPartner(browser, lead, lang, leadEmail, leadOrg);

    const anonymous = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    const groupTitle = (await anonymous.getByRole("heading", { level: 1 }).textContent())!.trim();

    // The secretariat appoints the organisation co-lead of the group (admin in the same language).
    const secretariat = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(secretariat, lang, staff.admin.email);
    await secretariat.goto(`/${lang}/admin/working-groups`);
    await secretariat.getByRole("link", { name: groupTitle, exact: true }).click();
    await secretariat.getByLabel(tr(lang, "wgDesk.appointLabel")).selectOption({ label: leadOrg });
    await secretariat.getByRole("button", { name: tr(lang, "wgDesk.appoint") }).click();
    await expect(secretariat.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.appointed"));
    await secretariat.context().close();

    // The co-lead adds two milestones, one weighing three times the other.
    await lead.goto(`/${lang}/partners/working-groups/${slug}`);
    await expect(lead.getByRole("heading", { name: tr(lang, "wgJoin.isCoLead", { organisation: isolated(leadOrg) }) })).toBeVisible();
    const bigTitle = lang === "es" ? "Inventario nacional de residuos electrónicos" : "جرد وطني للنفايات الإلكترونية";
    for (const [title, weight] of [
      [bigTitle, "3"],
      [lang === "es" ? "Informe final" : "التقرير الختامي", ""],
    ] as const) {
      const form = lead.getByRole("group", { name: tr(lang, "wgDesk.addMilestone") });
      await form.getByLabel(startsWith(tr(lang, "wgDesk.milestoneTitle"))).fill(title);
      await form.getByLabel(startsWith(tr(lang, "wgDesk.dueOn"))).fill("2099-06-30");
      await form.getByLabel(tr(lang, "wgDesk.weight")).fill(weight);
      await submitAndWait(lead, form.getByRole("button", { name: tr(lang, "wgDesk.addMilestone") }));
      await expect(lead.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.milestoneSaved"));
    }
    await expect(await milestoneBar(anonymous, lang, slug)).toHaveAttribute("value", "0");
    await expect(anonymous.getByTestId("milestone-progress")).toContainText(percent(lang, 0));

    // Marking the heavy milestone done moves the public bar to 75 %.
    const big = lead.getByRole("group", { name: bigTitle, exact: true });
    await big.getByLabel(tr(lang, "wgDesk.status")).selectOption("done");
    await submitAndWait(lead, big.getByRole("button", { name: `${tr(lang, "wgDesk.saveMilestone")} — ${bigTitle}` }));
    await expect(lead.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.milestoneSaved"));
    await expect(await milestoneBar(anonymous, lang, slug)).toHaveAttribute("value", "0.75");
    await expect(anonymous.getByTestId("milestone-progress")).toContainText(percent(lang, 0.75));
    await expect(anonymous.locator(".timeline-done")).toContainText(bigTitle);

    // Another partner, sent to sign in from the group's partner page and brought back to it by the
    // emailed link, asks to join from the public page.
    const member = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signedInPartner(browser, member, lang, memberEmail, memberOrg, { returnTo: `/${lang}/partners/working-groups/${slug}` });
    await member.goto(`/${lang}/working-groups/${slug}`);
    await member.getByRole("link", { name: tr(lang, "workingGroups.join") }).click();
    await expect(member.getByText(tr(lang, "wgJoin.intro", { organisation: isolated(memberOrg) }))).toBeVisible();
    await member.getByLabel(tr(lang, "wgJoin.message")).fill(lang === "es" ? "Gestionamos un programa de reciclaje." : "ندير برنامجاً لإعادة التدوير.");
    await member.getByRole("button", { name: tr(lang, "wgJoin.submit") }).click();
    await expect(member.getByRole("status")).toHaveText(tr(lang, "wgJoin.done.asked"));
    await waitForEmail(leadEmail, (m) => m.subject === tr(lang, "email:wgJoinRequested.subject", { organisation: memberOrg, group: groupTitle }));

    // The co-lead accepts; the partner is told and listed publicly.
    await lead.goto(`/${lang}/partners/working-groups/${slug}`);
    // A Latin name on an Arabic desk keeps its full stop at its own end: each name is isolated, and
    // the message the partner typed takes its own direction.
    const request = lead.locator("li.card").filter({ hasText: memberOrg });
    await expect(request.locator("button bdi")).toHaveText([memberOrg, memberOrg]);
    await expect(request.locator("blockquote")).toHaveAttribute("dir", "auto");
    await lead.getByRole("button", { name: `${tr(lang, "wgDesk.accepted")} — ${memberOrg}` }).click();
    await expect(lead.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.decided"));
    await waitForEmail(memberEmail, (m) => m.subject === tr(lang, "email:wgJoinAccepted.subject", { group: groupTitle }));
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    await expect(anonymous.getByTestId("members")).toContainText(memberOrg);
    expect(await anonymous.getByTestId("members").locator("bdi").allTextContents()).toEqual(expect.arrayContaining([leadOrg, memberOrg]));
    // Each lead is isolated on its own, and the list around them keeps the page's direction.
    await expect(anonymous.getByTestId("group-leads")).toContainText(isolated(leadOrg));
    await expect(anonymous.getByTestId("group-leads").locator("bdi")).toHaveCount(0);
    await anonymous.goto(`/${lang}/working-groups`);
    await expect(anonymous.locator("li.card").filter({ hasText: groupTitle })).toContainText(
      tr(lang, "labelValue", { label: tr(lang, "workingGroups.leads"), value: isolated(leadOrg) }),
    );
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    // Contacts are never public.
    expect(await anonymous.content()).not.toContain(memberEmail);

    // An update reaches the member by email, with a working unsubscribe link.
    const updateTitle = lang === "es" ? "Primera reunión del grupo" : "الاجتماع الأول للفريق";
    await lead.getByLabel(startsWith(tr(lang, "wgDesk.updateTitle"))).fill(updateTitle);
    await lead
      .getByLabel(startsWith(tr(lang, "wgDesk.updateBody")))
      .fill(lang === "es" ? "Nos reunimos en Ginebra.\n\nPróximo paso: el inventario." : "اجتمعنا في جنيف.\n\nالخطوة التالية: الجرد.");
    await lead.getByRole("button", { name: tr(lang, "wgDesk.publishUpdate") }).click();
    await expect(lead.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.updatePosted"));
    const mail = await waitForEmail(memberEmail, (m) => m.subject === tr(lang, "email:wgUpdate.subject", { group: groupTitle, title: updateTitle }));
    expect(mail.html).toContain(`dir="${lang === "ar" ? "rtl" : "ltr"}"`);
    // A letter like the others: the salutation, then the update's own title.
    expect(mail.text!.indexOf(tr(lang, "email:greeting"))).toBeLessThan(mail.text!.indexOf(updateTitle));
    expect(mail.text!.indexOf(tr(lang, "email:greeting"))).toBeGreaterThanOrEqual(0);
    const unsubscribe = mail.text!.match(/https?:\/\/\S+\/working-groups\/unsubscribe\/[A-Za-z0-9_-]{43}/)![0];
    await anonymous.goto(new URL(unsubscribe).pathname);
    await anonymous.getByRole("button", { name: tr(lang, "wgUnsubscribe.confirm") }).click();
    await expect(anonymous.getByRole("status")).toHaveText(tr(lang, "wgUnsubscribe.done", { group: groupTitle }));
    await member.goto(`/${lang}/partners/working-groups/${slug}`);
    await expect(member.getByText(tr(lang, "wgJoin.emailsOff"))).toBeVisible();

    // The update is on the public page and in the group's Atom feed.
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    await expect(anonymous.locator("article[id^=update-]")).toContainText(updateTitle);
    await expect(anonymous.locator("article[id^=update-] .card-meta")).toContainText(tr(lang, "workingGroups.postedBy", { organisation: isolated(leadOrg) }));
    // Paragraphs typed in the form stay paragraphs, with or without JavaScript.
    await expect(anonymous.locator("article[id^=update-] div[lang] p")).toHaveCount(2);
    const feed = await (await anonymous.request.get(`/${lang}/working-groups/${slug}/updates.atom`)).text();
    expect(feed).toContain(`<title xml:lang="${lang}">${updateTitle}</title>`);
    expect(feed).not.toContain(memberEmail);

    // A co-lead corrects the update: the public page shows the corrected title and says when it was
    // corrected; the member is not emailed again.
    const corrected = lang === "es" ? "Primera reunión del grupo, en Ginebra" : "الاجتماع الأول للفريق في جنيف";
    const posted = lead.locator("li.card").filter({ hasText: updateTitle });
    await posted.locator("summary").click();
    await posted.getByLabel(startsWith(tr(lang, "wgDesk.updateTitle"))).fill(corrected);
    await posted.getByRole("button", { name: tr(lang, "wgDesk.saveCorrection") }).click();
    await expect(lead.getByRole("status")).toHaveText(tr(lang, "wgDesk.notice.updateCorrected"));
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    await expect(anonymous.locator("article[id^=update-] h3")).toHaveText(corrected);
    await expect(anonymous.locator("article[id^=update-] .card-meta")).toContainText(tr(lang, "workingGroups.correctedOn", { date: "" }).trim().split(" ")[0]!);

    // The member leaves of its own accord: it is off the public list and may ask again; a co-lead is
    // offered no such button (the secretariat relieves a co-lead).
    await expect(lead.getByRole("button", { name: tr(lang, "wgJoin.leave") })).toHaveCount(0);
    await member.goto(`/${lang}/partners/working-groups/${slug}`);
    await member.getByRole("button", { name: tr(lang, "wgJoin.leave") }).click();
    await expect(member.getByRole("status")).toHaveText(tr(lang, "wgJoin.done.left"));
    await expect(member.getByRole("button", { name: tr(lang, "wgJoin.submit") })).toBeVisible();
    await anonymous.goto(`/${lang}/working-groups/${slug}`);
    await expect(anonymous.getByTestId("members")).not.toContainText(memberOrg);

    // The secretariat finds the co-lead's changes in the group's history, under the person and the
    // organisation, next to its own.
    const desk = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
    await signInAs(desk, lang, staff.admin.email);
    await desk.goto(`/${lang}/admin/working-groups`);
    await desk.getByRole("link", { name: groupTitle, exact: true }).click();
    const history = desk.getByRole("region", { name: tr(lang, "admin:editor.history") });
    await expect(history.getByRole("listitem").filter({ hasText: tr(lang, "admin:editor.action.update-posted") })).toContainText(`Partner Person (${leadOrg})`);
    await expect(history.getByRole("listitem").filter({ hasText: tr(lang, "admin:editor.action.membership-accepted") })).toContainText(leadOrg);
    await expect(history.getByRole("listitem").filter({ hasText: tr(lang, "admin:editor.action.co-lead-appointed") })).not.toContainText(leadOrg);
    await expect(history.getByRole("listitem").filter({ hasText: tr(lang, "admin:editor.action.member-left") })).toContainText(memberOrg);
  });
}

test("a partner that does not co-lead a group cannot change it", async ({ browser }) => {
  const page = await browser.newPage();
  await signedInPartner(browser, page, "en", "outsider@wg.example", "Outsider Ltd");
  await page.goto("/en/partners/working-groups/wg-early-warnings");
  await expect(page.getByRole("group", { name: tr("en", "wgDesk.addMilestone") })).toHaveCount(0);
  const csrf = (await page.content()).match(/name="_csrf" value="([^"]+)"/)![1]!;
  const response = await page.request.post("/en/partners/working-groups/wg-early-warnings", {
    form: { _csrf: csrf, intent: "milestone", milestoneId: "", title: "Sneaky", lang: "en", dueOn: "2099-01-01", status: "done", weight: "", evidenceUrl: "" },
  });
  expect(response.status()).toBe(403);
  await page.goto("/en/working-groups/wg-early-warnings");
  await expect(page.locator(".timeline")).not.toContainText("Sneaky");
});

test("a working group's progress is labelled as each language writes a label and its value (Chinese full-width colon, French space before it)", async ({
  page,
}) => {
  for (const lang of ["zh", "fr"]) {
    await page.goto(`/${lang}/working-groups/wg-open-data`);
    for (const [key, testId] of [
      ["workingGroups.milestones", "milestone-progress"],
      ["workingGroups.memberPledges", "pledge-progress"],
    ] as const) {
      const value = await page.getByTestId(testId).innerText();
      await expect(page.locator(".meter p", { has: page.getByTestId(testId) })).toHaveText(tr(lang, "labelValue", { label: tr(lang, key), value }));
    }
  }
});

test("ITU appointed co-lead is named as each language names it, on the desk and the public pages", async ({ browser }) => {
  const itu = "International Telecommunication Union";
  const secretariat = await browser.newPage();
  await signInAs(secretariat, "ar", staff.admin.email);
  await secretariat.goto("/ar/working-groups/wg-green-standards");
  const groupTitle = (await secretariat.getByRole("heading", { level: 1 }).textContent())!.trim();
  await secretariat.goto("/ar/admin/working-groups");
  await secretariat.getByRole("link", { name: groupTitle, exact: true }).click();
  // The seeded organisation is ITU, whose Arabic name the secretariat picks from the list.
  await secretariat.getByLabel(tr("ar", "wgDesk.appointLabel")).selectOption({ label: tr("ar", "brand.ituFull") });
  await secretariat.getByRole("button", { name: tr("ar", "wgDesk.appoint") }).click();
  await expect(secretariat.getByRole("status")).toHaveText(tr("ar", "wgDesk.notice.appointed"));
  await expect(secretariat.locator("section[aria-labelledby=desk-members] li > span > bdi")).toHaveText([tr("ar", "brand.ituFull")]);
  await secretariat.close();

  const page = await browser.newPage();
  for (const lang of ["ar", "zh"]) {
    await page.goto(`/${lang}/working-groups/wg-green-standards`);
    await expect(page.getByTestId("group-leads")).toHaveText(isolated(tr(lang, "brand.ituFull")));
    await expect(page.getByTestId("members").locator("bdi")).toHaveText([tr(lang, "brand.ituFull")]);
    await page.goto(`/${lang}/working-groups`);
    await expect(page.locator("li.card").filter({ hasText: tr(lang, "brand.ituFull") })).toHaveCount(1);
    expect(await page.content()).not.toContain(itu);
  }
});
