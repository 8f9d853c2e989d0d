import type { Browser, Cookie, Page } from "@playwright/test";
import { STAFF_PASSWORD } from "./env";
import { confirmJoinRequest } from "./forms";
import { tr } from "./i18n";

/** The staff session cookie's name (app/auth/staff.server.ts; the e2e server is plain http, so no __Host- prefix). */
const STAFF_COOKIE = "gda_staff";

/**
 * The staff session each account last signed in with, in this worker. A password sign-in costs the
 * server 0.7 s of a core (scrypt at OWASP cost), and the journeys sign in some 150 times; so an
 * account signs in by its form once per worker, and later journeys open its desk with that session
 * again. A session that has ended (signed out, disabled, idle) sends the desk to the sign-in page,
 * and the account then signs in by its form as before. staff-accounts.spec.ts tests the form itself.
 */
const sessions = new Map<string, Cookie>();

export async function signInAs(page: Page, lang: string, email: string) {
  const kept = sessions.get(email);
  if (kept) {
    await page.context().addCookies([kept]);
    await page.goto(`/${lang}/admin`);
    if (new URL(page.url()).pathname === `/${lang}/admin`) return;
  }
  await page.goto(`/${lang}/admin/sign-in`);
  await page.getByLabel(tr(lang, "admin:signIn.email")).fill(email);
  await page.getByLabel(tr(lang, "admin:signIn.password")).fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: tr(lang, "admin:signIn.submit") }).click();
  await page.waitForURL(new RegExp(`/${lang}/admin$`));
  const session = (await page.context().cookies()).find((c) => c.name === STAFF_COOKIE);
  if (session) sessions.set(email, session);
}

/**
 * Clicks a form's submit button and waits until the server has answered the POST, so that the
 * change is committed before the test reads the public site. (A "saved" notice may already be on
 * screen from the previous save, so waiting for it proves nothing.)
 */
export async function submitAndWait(page: Page, button: ReturnType<Page["getByRole"]>) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), button.click()]);
}

/** Matches an accessible name that begins with a label (required fields add a marker after it). */
export function startsWith(label: string) {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

const wall = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/**
 * Creates and publishes an event through the secretariat's editor (in English, time zone UTC),
 * registration open from an hour ago until the start. Returns its slug and id.
 */
export async function createOpenEvent(
  browser: Browser,
  opts: {
    slug: string;
    title: string;
    capacity?: number;
    joinUrl?: string;
    requiresApproval?: boolean;
    delegatesNeedFocalPoint?: boolean;
    status?: "draft" | "published";
    format?: "virtual" | "in-person" | "hybrid";
    /** The event's zone (default UTC): the wall times typed are read in it. */
    timeZone?: string;
  },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "en", "editor@example.org");
  await page.goto("/en/admin/events/new");
  const now = Date.now();
  await page.getByLabel(tr("en", "admin:editor.slug")).fill(opts.slug);
  await page.getByLabel(tr("en", "admin:editor.status")).selectOption(opts.status ?? "published");
  await page.getByLabel(tr("en", "events.kind")).selectOption("webinar");
  if (opts.format) await page.getByLabel(tr("en", "events.format"), { exact: true }).selectOption(opts.format);
  await page
    .getByRole("group", { name: startsWith(tr("en", "admin:editor.title")) })
    .getByLabel("English")
    .fill(opts.title);
  await page
    .getByRole("group", { name: startsWith(tr("en", "admin:editor.title")) })
    .getByLabel("العربية")
    .fill(`${opts.title} (ع)`);
  await page
    .getByRole("group", { name: startsWith(tr("en", "admin:editor.summary")) })
    .getByLabel("English")
    .fill("An event for the test suite.");
  await page
    .getByRole("group", { name: startsWith(tr("en", "events.venue")) })
    .getByLabel("English")
    .fill("Online");
  await page.getByLabel(tr("en", "admin:editor.timeZone")).fill(opts.timeZone ?? "UTC");
  await page.getByLabel(startsWith(tr("en", "admin:editor.startsAt"))).fill(wall(now + 3 * 24 * 3600_000));
  await page.getByLabel(startsWith(tr("en", "admin:editor.endsAt"))).fill(wall(now + 3 * 24 * 3600_000 + 3600_000));
  await page.getByLabel(tr("en", "admin:editor.registrationOpensAt")).fill(wall(now - 3600_000));
  if (opts.capacity) await page.getByLabel(tr("en", "admin:editor.capacity")).fill(String(opts.capacity));
  if (opts.joinUrl) await page.getByLabel(tr("en", "admin:editor.joinUrl")).fill(opts.joinUrl);
  if (opts.requiresApproval) await page.getByLabel(tr("en", "admin:editor.requiresApproval")).check();
  if (opts.delegatesNeedFocalPoint) await page.getByLabel(tr("en", "admin:editor.delegatesNeedFocalPoint")).check();
  await page.getByRole("button", { name: tr("en", "admin:editor.save") }).click();
  await page.getByRole("status").waitFor();
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await context.close();
  return { slug: opts.slug, id };
}

/**
 * An accepted partner organisation with one person signed in on `page`: asks to join, the
 * secretariat accepts, the person signs in with the link in the acceptance email. With `returnTo`, the
 * person first opens that partner page, is sent to sign in, and the emailed link brings them back to it.
 */
export async function signedInPartner(browser: Browser, page: Page, lang: string, email: string, organisation: string, opts: { returnTo?: string } = {}) {
  const { waitForEmail } = await import("./mail");
  const request = page.request;
  const html = await (await request.get(`/${lang}/partners/join`)).text();
  const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1]!;
  await request.post(`/${lang}/partners/join`, {
    form: {
      _csrf: csrf,
      fax_number: "",
      organisation,
      type: "private-sector",
      country: "MA",
      website: "",
      motivation: "",
      name: "Partner Person",
      email,
      consent: "on",
    },
  });
  await confirmJoinRequest(request, lang, email);
  const secretariat = await browser.newPage();
  await signInAs(secretariat, "en", "admin@example.org");
  await secretariat.goto("/en/admin/partners");
  const accept = secretariat.getByRole("button", { name: `${tr("en", "admin:partners.accepted")} — ${organisation}` });
  await submitAndWait(secretariat, accept);
  // The request leaves the list once accepted (its card also names the organisation, so wait for the button to go).
  await accept.waitFor({ state: "detached" });
  await secretariat.close();
  if (opts.returnTo) {
    await page.goto(opts.returnTo);
    await page.waitForURL((url) => url.pathname === `/${lang}/partners/sign-in` && url.searchParams.get("next") === opts.returnTo);
    await page.getByLabel(startsWith(tr(lang, "register.email"))).fill(email);
    await page.getByRole("button", { name: tr(lang, "partners.sendLink") }).click();
  }
  // Without a page to return to, the acceptance email's own link signs the person in.
  const mail = opts.returnTo
    ? await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerSignIn.subject", { organisation }))
    : await waitForEmail(email, (m) => m.subject === tr(lang, "email:partnerAccepted.subject", { organisation }));
  const link = new URL(mail.text!.match(/https?:\/\/\S+\/partners\/sign-in\/[A-Za-z0-9_-]{43}\S*/)![0]);
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: tr(lang, "partners.signInButton") }).click();
  await page.waitForURL((url) => url.pathname === (opts.returnTo ?? `/${lang}/partners/account`));
}
