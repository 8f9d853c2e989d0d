import { expect, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { formatDate } from "../../../app/utils/format";
import type { Lang } from "../../../app/utils/i18n";
import { E2E_DB, staff } from "./env";
import { tr } from "./i18n";
import { waitForEmail } from "./mail";
import { signInAs, startsWith } from "./staff";

// The Member States journeys: a focal point designated by the secretariat, signing in, and the
// government endorsements they confirm.

export const DECLARATION = "/declarations/cop29-declaration";
export const db = () => new Database(E2E_DB, { readonly: true });
export const endorsementId = (email: string) => (db().prepare("select id from endorsements where email = ? order by id desc").get(email) as { id: number }).id;

/**
 * A government endorsement through the public form (with `letter` attached, if given), confirmed by its emailed link. Where
 * the country has a focal point (`toFocalPoint`), the page and the email say it goes to them first.
 */
export async function endorseForGovernment(
  page: Page,
  lang: string,
  country: string,
  organisation: string,
  email: string,
  toFocalPoint = false,
  letter?: Buffer,
) {
  await page.goto(`/${lang}${DECLARATION}`);
  await page.getByLabel(startsWith(tr(lang, "endorse.category"))).selectOption("government");
  await page.getByLabel(startsWith(tr(lang, "endorse.organisation"))).fill(organisation);
  await page.getByLabel(startsWith(tr(lang, "register.country"))).selectOption(country);
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeName"))).fill("María Pérez");
  await page.getByLabel(startsWith(tr(lang, "endorse.representativeTitle"))).fill("Viceministra");
  await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
  if (letter) await page.getByLabel(startsWith(tr(lang, "endorse.letter"))).setInputFiles({ name: "nota.pdf", mimeType: "application/pdf", buffer: letter });
  await page.getByLabel(tr(lang, "endorse.consent")).check();
  await page.getByRole("button", { name: tr(lang, "endorse.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr(lang, "endorse.sentTitle"));
  await expect(page.getByRole("status")).toHaveText(tr(lang, toFocalPoint ? "endorse.sentBodyFocalPoint" : "endorse.sentBody"));
  const mail = await waitForEmail(email, (m) => /endorsements\/verify\//.test(m.text ?? ""));
  await page.goto(new URL(mail.text!.match(/https?:\/\/\S+\/endorsements\/verify\/[A-Za-z0-9_-]{43}/)![0]).pathname);
  await page.getByRole("button", { name: tr(lang, "verify.confirm") }).click();
  await expect(page.getByRole("status")).toHaveText(tr(lang, toFocalPoint ? "verify.verifiedFocalPoint" : "verify.verified"));
  const received = await waitForEmail(email, (m) => !/endorsements\/verify\//.test(m.text ?? ""));
  const key = toFocalPoint ? "email:endorsementReceivedFocalPoint.subject" : "email:endorsementReceived.subject";
  const [before, after] = tr(lang, key, { declaration: "\u0000" }).split("\u0000");
  expect(received.subject?.startsWith(before!) && received.subject.endsWith(after!), received.subject).toBe(true);
}

/** The secretariat (a reviewer) designates a country's focal point; the focal point is told by email, and the audit log keeps it. */
export async function designateFocalPoint(staffPage: Page, lang: string, fp: { country: string; name: string; email: string }) {
  const { country, name: fpName, email: fpEmail } = fp;
  const iso = country.toLowerCase();
  await signInAs(staffPage, lang, staff.reviewer.email);
  await staffPage.goto(`/${lang}/admin/member-states/${iso}`);
  await expect(staffPage.getByText(tr(lang, "admin:focalPoints.none"))).toBeVisible();
  await staffPage.getByLabel(startsWith(tr(lang, "admin:focalPoints.name"))).fill(fpName);
  await staffPage.getByLabel(startsWith(tr(lang, "admin:focalPoints.titleField"))).fill("Director");
  await staffPage.getByLabel(startsWith(tr(lang, "admin:focalPoints.office"))).fill("Oficina Internacional");
  await staffPage.getByLabel(startsWith(tr(lang, "admin:signIn.email"))).fill(fpEmail);
  await staffPage.getByLabel(startsWith(tr(lang, "admin:accounts.language"))).selectOption(lang);
  await staffPage
    .getByRole("button", {
      name: tr(lang, "admin:focalPoints.designateSubmit"),
    })
    .click();
  await expect(staffPage.getByRole("status")).toHaveText(tr(lang, "admin:focalPoints.done.designated"));
  await expect(staffPage.getByRole("row", { name: new RegExp(fpEmail) })).toBeVisible();
  // The form is empty again for the next designation: not the last one's values, which would only be refused as taken.
  await expect(staffPage.getByLabel(startsWith(tr(lang, "admin:signIn.email")))).toHaveValue("");
  // The focal point is told in their language, with the way to sign in (the sign-in page, not a link that expires).
  const designated = await waitForEmail(fpEmail, (m) => /focal-point\/sign-in(?![/\w])/.test(m.text ?? ""));
  const [before, after] = tr(lang, "email:focalPointDesignated.subject", { country: "\u0000" }).split("\u0000");
  const subject = designated.subject ?? "";
  expect(subject.startsWith(before!) && subject.endsWith(after!)).toBe(true);
  expect(designated.text).toContain(tr(lang, "email:focalPointDesignated.how"));
  expect(designated.text).toContain(`/${lang}/focal-point/sign-in`);
  // This designation's own entry (journeys beside this one designate focal points too): the country, never the person's name or address.
  const { id } = db().prepare("select id from focal_points where email = ?").get(fpEmail.toLowerCase()) as { id: number };
  const audit = db().prepare("select action, detail from audit_log where entity = 'focal-point' and entity_id = ? order by id desc").get(String(id)) as {
    action: string;
    detail: string;
  };
  expect(audit.action).toBe("focal-point-designated");
  expect(JSON.parse(audit.detail)).toMatchObject({ country });
  expect(audit.detail).not.toContain(fpEmail);
}

/** The focal point is told by email, in their language, that a government endorsement awaits their decision (nothing the sender typed is in it); given the secretariat's page, that it sees the endorsement waiting. */
export async function expectFocalPointTold(lang: string, fpEmail: string, organisation: string, staffPage?: Page) {
  if (staffPage) {
    // The secretariat's review page lists it as waiting for the focal point, not in the queue it decides.
    await staffPage.goto(`/${lang}/admin/endorsements`);
    await expect(staffPage.getByRole("link", { name: organisation })).toHaveCount(0);
    await expect(staffPage.getByRole("heading", { name: tr(lang, "admin:review.awaitingFocalPoint") })).toBeVisible();
    await expect(staffPage.getByTestId("awaiting-focal-point").filter({ hasText: organisation })).toContainText(
      tr(lang, "admin:review.awaitingUntil", { date: decideBy(lang, organisation) }),
    );
  }
  const [before, after] = tr(lang, "email:focalPointEndorsementAwaits.subject", { declaration: "\u0000" }).split("\u0000");
  const awaits = await waitForEmail(fpEmail, (m) => (m.subject ?? "").startsWith(before!) && (m.subject ?? "").endsWith(after!));
  expect(awaits.text).toContain(`/${lang}/focal-point/sign-in`);
  expect(awaits.text).not.toContain(organisation);
  // The last day of their decision, in their language: after it the secretariat may review without them.
  expect(awaits.text).toContain(tr(lang, "email:focalPointEndorsementAwaits.deadline", { date: decideBy(lang, organisation) }));
}

/** The day a government's endorsement stops waiting for its focal point (30 days after its sender confirmed), as the page's language writes it. */
function decideBy(lang: string, organisation: string) {
  const e = db().prepare("select verified_at as at from endorsements where organisation = ? order by id desc").get(organisation) as { at: number };
  return formatDate(lang as Lang, e.at + 30 * 24 * 3_600_000);
}

/** The focal point's card of an endorsement waiting for them: who sent it, and by when they are asked to decide. */
export async function expectAwaiting(card: Locator, lang: string, organisation: string) {
  await expect(card).toContainText(organisation);
  await expect(card).toContainText(tr(lang, "focalPoint.decideBy", { date: decideBy(lang, organisation) }));
}

/** The focal point asks for a sign-in link, in their language, and uses it; the link's path is returned (it works once). */
export async function signInAsFocalPoint(fpPage: Page, lang: string, fpEmail: string) {
  await fpPage.goto(`/${lang}/focal-point`);
  await expect(fpPage).toHaveURL(new RegExp(`/${lang}/focal-point/sign-in$`));
  await fpPage.getByLabel(startsWith(tr(lang, "register.email"))).fill(fpEmail);
  await fpPage.getByRole("button", { name: tr(lang, "partners.sendLink") }).click();
  await expect(fpPage.getByRole("status")).toHaveText(tr(lang, "focalPoint.linkSent"));
  const link = await waitForEmail(fpEmail, (m) => /focal-point\/sign-in\//.test(m.text ?? ""));
  const linkPath = new URL(link.text!.match(/https?:\/\/\S+\/focal-point\/sign-in\/[A-Za-z0-9_-]{43}/)![0]).pathname;
  expect(linkPath.startsWith(`/${lang}/`)).toBe(true);
  await fpPage.goto(linkPath);
  await fpPage.getByRole("button", { name: tr(lang, "partners.signInButton") }).click();
  await expect(fpPage).toHaveURL(new RegExp(`/${lang}/focal-point$`));
  return linkPath;
}
