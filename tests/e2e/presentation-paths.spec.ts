import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillNewCircular } from "./support/content";
import { languageName, languages } from "../../app/utils/i18n";
import { stored } from "./support/db";
import { staff } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { signedInPartner, signInAs, startsWith } from "./support/staff";

const DECLARATION = "/declarations/cop29-declaration";
const endonyms = ["العربية", "中文", "English", "Français", "Русский", "Español"];
const intl: Record<string, string> = { en: "en-GB", ar: "ar" };
const endorsementStatus = (email: string) => stored<{ status: string } | undefined>("select status from endorsements where email = ?", email)?.status;

/** Endorses the declaration through its form (no letter) and proves the address by the emailed link. */
async function endorse(page: Page, lang: string, e: { category: string; organisation: string; country: string; email: string }) {
  await page.goto(`/${lang}${DECLARATION}`);
  await page.getByLabel(startsWith(tr(lang, "endorse.category"))).selectOption(e.category);
  await page.getByLabel(startsWith(tr(lang, "endorse.organisation"))).fill(e.organisation);
  await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(e.country);
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeName"))).fill("Kim Lund");
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeTitle"))).fill("Director");
  await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(e.email);
  await page.getByLabel(tr(lang, "endorse.consent")).check();
  await page.getByRole("button", { name: tr(lang, "endorse.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "endorse.sentTitle"));
  const mail = await waitForEmail(e.email, (m) => /endorsements\/verify\//.test(m.text ?? ""));
  await page.goto(new URL(mail.text!.match(/https?:\/\/\S+\/endorsements\/verify\/[A-Za-z0-9_-]{43}/)![0]).pathname);
  await page.getByRole("button", { name: tr(lang, "verify.confirm") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, "verify.verified"));
}

async function reviewPage(browser: Browser, lang: string, js: boolean, email: string) {
  const reviewer = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
  await signInAs(reviewer, lang, staff.reviewer.email);
  const id = stored<{ id: number }>("select id from endorsements where email = ?", email).id;
  await reviewer.goto(`/${lang}/admin/endorsements/${id}`);
  return reviewer;
}

test.describe("rejecting an endorsement asks first", () => {
  for (const { lang, js } of [
    { lang: "en", js: true },
    { lang: "ar", js: false },
  ]) {
    test(`Reject shows a confirmation with the reason kept; going back changes nothing; confirming rejects and emails the reason (${lang}${js ? "" : ", no JavaScript"})`, async ({
      browser,
    }) => {
      const email = `reject-confirm-${lang}@example.org`;
      const organisation = `Reject Confirm Institute ${lang}`;
      const visitor = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
      await endorse(visitor, lang, { category: "academia", organisation, country: "SE", email });
      await visitor.context().close();

      const reviewer = await reviewPage(browser, lang, js, email);
      // A reason of spaces only is refused: the summary, in the reject form, names the field and links to it
      // (it sat at the top of the page, outside any form, and read "This field is required." alone).
      await reviewer.getByLabel(startsWith(tr(lang, "admin:review.reason"))).fill("   ");
      await reviewer.getByRole("button", { name: tr(lang, "admin:review.reject") }).click();
      await expect(reviewer.getByRole("alert")).toBeFocused();
      await expect(
        reviewer
          .getByRole("alert")
          .getByRole("link")
          .filter({ hasText: tr(lang, "errors.required") }),
      ).toContainText(tr(lang, "admin:review.reason"));
      const reason = "The organisation could not be identified.";
      await reviewer.getByLabel(startsWith(tr(lang, "admin:review.reason"))).fill(reason);
      await reviewer.getByRole("button", { name: tr(lang, "admin:review.reject") }).click();
      // Asked first: the question names the organisation, the reason is kept in the field, nothing decided yet.
      const ask = reviewer.getByTestId("confirm-reject");
      await expect(ask).toHaveAttribute("role", "alert");
      // The organisation's name is isolated (U+2068…U+2069), so a Latin name keeps its place in an Arabic question.
      await expect(ask).toContainText(tr(lang, "admin:review.confirmReject", { organisation: `\u2068${organisation}\u2069` }));
      await expect(ask.getByLabel(startsWith(tr(lang, "admin:review.reason")))).toHaveValue(reason);
      expect(endorsementStatus(email)).toBe("pending");
      // Going back changes nothing.
      await ask.getByRole("link", { name: tr(lang, "admin:desk.keep") }).click();
      await expect(reviewer.getByTestId("confirm-reject")).toHaveCount(0);
      await expect(reviewer.getByRole("button", { name: tr(lang, "admin:review.approve") })).toBeVisible();
      expect(endorsementStatus(email)).toBe("pending");

      await reviewer.getByLabel(startsWith(tr(lang, "admin:review.reason"))).fill(reason);
      await reviewer.getByRole("button", { name: tr(lang, "admin:review.reject") }).click();
      // The question is on screen and its page settled: a press while the form is still busy is ignored by design.
      await expect(reviewer.getByTestId("confirm-reject")).toBeVisible();
      await expect(reviewer.locator('form[aria-busy="true"]')).toHaveCount(0);
      await reviewer
        .getByTestId("confirm-reject")
        .getByRole("button", { name: tr(lang, "admin:review.reject") })
        .click();
      await expect(reviewer.getByRole("status")).toHaveText(tr(lang, "admin:editor.saved"));
      expect(endorsementStatus(email)).toBe("rejected");
      const rejected = await waitForEmail(email, (m) => (m.text ?? "").includes(reason));
      expect(rejected.text).toContain(reason);
      await reviewer.context().close();
    });
  }
});

test.describe("endorsers are listed as UN lists list them", () => {
  // One worker makes the endorsers once, then reads the list in both languages.
  test.describe.configure({ mode: "serial" });
  // Two governments whose order differs between English (Japan, Sweden) and Arabic (السويد, اليابان), and an
  // organisation whose name sorts before both but is listed after the governments.
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await browser.newPage();
    const endorsers = [
      { category: "government", organisation: "Ministry of Internal Affairs and Communications", country: "JP", email: "order-jp@example.org" },
      { category: "government", organisation: "Ministry of Infrastructure", country: "SE", email: "order-se@example.org" },
      { category: "private-sector", organisation: "Aardvark Networks AB", country: "SE", email: "order-aardvark@example.org" },
    ];
    for (const e of endorsers) if (!endorsementStatus(e.email)) await endorse(page, "en", e);
    for (const e of endorsers) {
      if (endorsementStatus(e.email) !== "pending") continue;
      const reviewer = await reviewPage(browser, "en", true, e.email);
      await reviewer.getByRole("button", { name: tr("en", "admin:review.approve") }).click();
      await expect(reviewer.getByRole("status")).toHaveText(tr("en", "admin:editor.saved"));
      await reviewer.context().close();
    }
    await page.close();
  });

  for (const { lang, js } of [
    { lang: "en", js: true },
    { lang: "ar", js: false },
  ]) {
    test(`governments first, then each category, alphabetically in the page's language (${lang}${js ? "" : ", no JavaScript"})`, async ({ browser }) => {
      const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
      await page.goto(`/${lang}${DECLARATION}/endorsers`);
      const sections = await page.locator("main section[aria-labelledby^=cat-]").evaluateAll((els) => els.map((el) => el.getAttribute("aria-labelledby")));
      expect(sections[0]).toBe("cat-government");
      const collator = new Intl.Collator(intl[lang], { sensitivity: "base", numeric: true });
      for (const id of sections) {
        const names = await page.locator(`section[aria-labelledby="${id}"] .endorser h3 bdi`).allInnerTexts();
        expect(names, id!).toEqual([...names].sort(collator.compare));
      }
      const governments = await page.locator('section[aria-labelledby="cat-government"] .endorser h3 bdi').allInnerTexts();
      const country = (code: string) => tr(lang, "endorsers.governmentOf", { country: new Intl.DisplayNames([lang], { type: "region" }).of(code)! });
      const [japan, sweden] = [governments.indexOf(country("JP")), governments.indexOf(country("SE"))];
      expect(japan).toBeGreaterThanOrEqual(0);
      expect(sweden).toBeGreaterThanOrEqual(0);
      // English: Japan before Sweden; Arabic: السويد before اليابان.
      if (lang === "en") expect(japan).toBeLessThan(sweden);
      else expect(sweden).toBeLessThan(japan);
      await expect(page.locator('section[aria-labelledby="cat-private-sector"] .endorser h3 bdi', { hasText: "Aardvark Networks AB" })).toHaveCount(1);
      await page.context().close();
    });
  }
});

test.describe("the content list says what is missing", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`a circular with its subject in six languages but its text in one is not 'Complete' (${lang})`, async ({ page }) => {
      const slug = `cl-complete-${lang}`;
      await signInAs(page, lang, staff.editor.email);
      await fillNewCircular(page, lang, {
        slug,
        reference: `CL-COMPLETE/${lang}`,
        date: "2026-11-21",
        subjects: Object.fromEntries(endonyms.map((name) => [name, `Six subjects ${lang} (${name})`])),
        body: "The text, in one language only.",
      });
      await page.getByRole("button", { name: tr(lang, "admin:editor.save") }).click();
      await page.getByRole("status").waitFor();

      await page.goto(`/${lang}/admin/content`);
      const row = page.getByRole("row").filter({ hasText: `Six subjects ${lang} (` });
      await expect(row).toHaveCount(1);
      // The missing languages are named as running text names them, in the page's language
      // ("الصينية", not "中文" inside an Arabic sentence).
      const others = languages.filter((l) => l !== lang).map((l) => languageName(l, lang));
      await expect(row).not.toContainText(tr(lang, "admin:editor.complete"));
      for (const name of others) await expect(row).toContainText(name);
      if (lang === "ar") await expect(row).not.toContainText("中文");
      await expect(page.getByRole("columnheader", { name: tr(lang, "admin:content.missingTitle") }).first()).toBeVisible();
    });
  }
});

test.describe("'Save my details' and 'Sign out' stand apart", () => {
  for (const lang of ["en", "ar"] as const) {
    test(`a clear gap between the two buttons on a phone and a desktop (${lang})`, async ({ browser, page }) => {
      await signedInPartner(browser, page, lang, `spacing-${lang}@partner.example`, `Spacing ${lang.toUpperCase()} Ltd`);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${lang}/partners/account`);
        const save = (await page.getByRole("button", { name: tr(lang, "manage.save") }).boundingBox())!;
        const signOut = (await page.getByRole("button", { name: tr(lang, "partners.signOut") }).boundingBox())!;
        // Sign out sits below Save, at least 32 px clear of it (not side by side, not touching).
        expect(signOut.y - (save.y + save.height), `${width}px`).toBeGreaterThanOrEqual(32);
      }
    });
  }
});
