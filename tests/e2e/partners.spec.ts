import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { stored } from "./support/db";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { signInAs, startsWith, submitAndWait } from "./support/staff";

for (const { lang, js } of [
  { lang: "fr", js: true },
  { lang: "ar", js: false },
]) {
  test(`an organisation asks to join, is accepted, and signs in by email link (${lang}${js ? "" : ", no JavaScript"})`, async ({ browser }) => {
    const email = `sustainability-${lang}@operator.example`;
    const organisation = lang === "fr" ? "Opérateur Vert SA" : "مشغل الاتصالات الأخضر";
    // Typed in English whatever the page's language: the secretariat reads it in its own direction.
    const motivation = "Net zero across our networks by 2050.";
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();

    await page.goto(`/${lang}/pledges`);
    await page.getByRole("link", { name: tr(lang, "pledges.join") }).click();
    await page.getByLabel(startsWith(tr(lang, "partners.organisationName"))).fill(organisation);
    await page.getByLabel(startsWith(tr(lang, "register.organisationType"))).selectOption("private-sector");
    await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(lang === "fr" ? "SN" : "JO");
    await page.getByLabel(startsWith(tr(lang, "partners.motivation"))).fill(motivation);
    await page.getByLabel(startsWith(tr(lang, "partners.contactName"))).fill("Fatou Sarr");
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    await page.getByLabel(tr(lang, "partners.consent")).check();
    await page.getByRole("button", { name: tr(lang, "partners.joinSubmit") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.joinSent"));
    // The outcome takes the focus, as every confirmation does: the button pressed has gone with its form.
    await expect(page.getByRole("status")).toBeFocused();
    // The address has not proven itself: the email says only the portal's own words, with the link that confirms.
    const received = await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerRequestConfirm.subject"));
    expect(`${received.html}${received.text}`).not.toContain(organisation);
    expect(`${received.html}${received.text}`).not.toContain("Fatou Sarr");
    const confirmLink = new URL(received.text!.match(/https?:\/\/\S+\/partners\/join\/[A-Za-z0-9_-]{43}/)![0]).pathname;
    // Unconfirmed, the request is not before the secretariat.
    expect(stored<{ n: number }>("select count(*) n from organisations where name = ? and confirmed_at is null", organisation).n).toBe(1);
    await page.goto(confirmLink);
    // The page, seen only by the link's holder, names the request the button confirms.
    await expect(page.getByRole("definition").first()).toHaveText(organisation);
    // A name typed in another script ("Fatou Sarr" in Arabic) keeps its own direction without pulling its line to the other side of the page.
    await expect(page.getByRole("definition").nth(1)).toHaveText("Fatou Sarr");
    await expect(page.getByRole("definition").nth(1)).toHaveCSS("direction", lang === "ar" ? "rtl" : "ltr");
    await page.getByRole("button", { name: tr(lang, "partners.confirmButton") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.confirmDone"));
    await expect(page.getByRole("status")).toBeFocused();
    await page.goto(confirmLink);
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.confirmAlready"));

    // Before acceptance no link is sent, though the screen says the same thing.
    await page.goto(`/${lang}/partners/sign-in`);
    // Someone sent here from a working group's "ask to join" whose organisation is not a partner yet finds the way to become one.
    await expect(page.getByRole("link", { name: tr(lang, "pledges.join") })).toHaveAttribute("href", `/${lang}/partners/join`);
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    await page.getByRole("button", { name: tr(lang, "partners.sendLink") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.linkSent"));
    await expect(page.getByRole("status")).toBeFocused();

    const secretariat = await browser.newPage();
    await signInAs(secretariat, lang, staff.reviewer.email);
    await secretariat.goto(`/${lang}/admin/partners`);
    // An English sentence in an Arabic page keeps its full stop at its end, not at the start of the line.
    await expect(secretariat.locator("li.card", { hasText: organisation }).getByRole("blockquote")).toHaveCSS("direction", "ltr");
    const accept = secretariat.getByRole("button", { name: `${tr(lang, "admin:partners.accepted")} — ${organisation}` });
    await submitAndWait(secretariat, accept);
    // The request leaves the list and the organisation is among the partners.
    await expect(accept).toHaveCount(0);
    await expect(secretariat.getByRole("listitem").filter({ hasText: organisation })).toBeVisible();
    await secretariat.close();
    // The acceptance email signs the person in with its own single-use link: no second email to ask for.
    const welcome = await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerAccepted.subject", { organisation }));
    expect(welcome.text).toContain(tr(lang, "email:partnerAccepted.expires"));
    // The welcome says what a partner does next: pledges, progress reports, the yearly disclosure.
    expect(welcome.text).toContain(tr(lang, "email:partnerAccepted.next"));
    expect(welcome.html).toContain(tr(lang, "email:partnerAccepted.button"));
    const link = new URL(welcome.text!.match(/https?:\/\/\S+\/partners\/sign-in\/[A-Za-z0-9_-]{43}/)![0]).pathname;
    // Kept only as its hash: the link's token is nowhere in the database.
    const token = link.split("/").pop()!;
    expect(stored<{ n: number }>("select count(*) n from partner_sign_in_tokens where token_hash = ?", token).n).toBe(0);
    expect(
      stored<{ n: number }>("select count(*) n from partner_sign_in_tokens where token_hash = ?", createHash("sha256").update(token).digest("hex")).n,
    ).toBe(1);
    await page.goto(link);
    await page.getByRole("button", { name: tr(lang, "partners.signInButton") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "partners.accountTitle"));
    await expect(
      page.getByText(tr(lang, "partners.signedInAs", { name: "\u2068Fatou Sarr\u2069", organisation: `\u2068${organisation}\u2069` })),
    ).toBeVisible();
    // A new partner's pledge list says it is empty rather than showing nothing under its heading.
    await expect(page.getByText(tr(lang, "pledgeForm.none"))).toBeVisible();

    await page.getByLabel(startsWith(tr(lang, "partners.website"))).fill("https://operator.example");
    await page.getByRole("button", { name: tr(lang, "manage.save") }).click();
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.profileSaved"));

    // The link was single-use.
    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    await expect(page.getByRole("status")).toContainText(tr(lang, "partners.link.used"));

    await page.goto(`/${lang}/partners/account`);
    await page.getByRole("button", { name: tr(lang, "partners.signOut") }).click();
    // Signing out lands on the sign-in page; only then is the account asked for again (going
    // there at once would cancel the sign-out still under way).
    await expect(page).toHaveURL(new RegExp(`/${lang}/partners/sign-in\\?signed-out$`));
    await expect(page.getByRole("status")).toHaveText(tr(lang, "partners.signedOut"));
    await page.goto(`/${lang}/partners/account`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/partners/sign-in$`));

    // Later sign-ins ask for a link on the sign-in page, the address typed in any case.
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email.toUpperCase());
    await page.getByRole("button", { name: tr(lang, "partners.sendLink") }).click();
    const mail = await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerSignIn.subject", { organisation }));
    await page.goto(new URL(mail.text!.match(/https?:\/\/\S+\/partners\/sign-in\/[A-Za-z0-9_-]{43}/)![0]).pathname);
    await page.getByRole("button", { name: tr(lang, "partners.signInButton") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "partners.accountTitle"));
    await context.close();
  });
}
