import { expect, test } from "@playwright/test";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { decode, localizedMessages, row } from "./support/bad-input";
import { csrfFor } from "./support/forms";

// The links sent by email, and the form behind the manage link, take made-up input as the public forms do.

test("one-click links (verify, withdraw, sign in, unsubscribe, manage) refuse made-up and malformed tokens with a localized 4xx", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const csrf = await csrfFor(request, "/en/partners/sign-in");
  const tokens = ["A".repeat(43), "short", "x".repeat(5000), "'; DROP TABLE outbox; --", "%FF%FE", "../../etc/passwd", "<script>alert(1)</script>"];
  for (const [lang, prefix] of [
    ["en", "/en/endorsements/verify/"],
    ["fr", "/fr/endorsements/"],
    ["ar", "/ar/partners/sign-in/"],
    ["es", "/es/working-groups/unsubscribe/"],
    ["zh", "/zh/registrations/"],
  ] as const) {
    for (const token of tokens) {
      const path = prefix + encodeURIComponent(token);
      const response = await request.post(path, { form: { _csrf: csrf, intent: "cancel" }, maxRedirects: 0 });
      expect(response.status(), `${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${path}`).toBeLessThan(500);
      const body = decode(await response.text());
      const known = [...localizedMessages(lang), tr(lang, "verify.unknown"), tr(lang, "wgUnsubscribe.unknown"), tr(lang, "partners.link.unknown")];
      expect(
        known.some((m) => body.includes(m)),
        `${path}: ${response.status()} without a localized message`,
      ).toBe(true);
    }
    // A body that is not a form at all: JSON, and multipart that breaks off.
    const path = prefix + "A".repeat(43);
    for (const [what, options] of [
      ["JSON", { data: { _csrf: csrf, intent: "cancel" } }],
      [
        "broken multipart",
        { headers: { "Content-Type": "multipart/form-data; boundary=zzz" }, data: '--zzz\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\nabc' },
      ],
    ] as const) {
      const response = await request.post(path, { ...options, maxRedirects: 0 });
      expect(response.status(), `${path} with ${what}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${path} with ${what}`).toBeLessThan(500);
    }
  }
  await request.dispose();
});

test("a registrant's own manage form refuses bad input the same way, and keeps the registration unchanged", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const path = "/zh/events/example-workshop-circular-ict";
  const csrf = await csrfFor(request, path);
  const email = "sweep-manage@example.org";
  const base = {
    _csrf: csrf,
    fax_number: "",
    email,
    firstName: "Wei",
    lastName: "Zhang",
    organisation: "清华大学",
    organisationType: "academia",
    country: "CN",
    jobTitle: "教授",
    gender: "",
    accessibilityNeeds: "",
    consent: "on",
    // The example workshop is hybrid: the form asks how one takes part.
    participationType: String(
      (
        row(
          "select t.id from participation_types t join events e on e.id = t.event_id where e.slug = 'example-workshop-circular-ict' and t.mode = 'in-person'",
        ) as { id: number }
      ).id,
    ),
  };
  expect((await request.post(path, { form: base, maxRedirects: 0 })).status()).toBe(302);
  const mail = await waitForEmail(email, (m) => /registrations\/[A-Za-z0-9_-]{43}/.test(m.text ?? ""));
  const manage = new URL(mail.text!.match(/https?:\/\/\S+\/registrations\/[A-Za-z0-9_-]{43}/)![0]).pathname;
  const before = row("select first_name, status from registrations where email = ?", email);
  for (const change of [
    { firstName: "<script>alert(1)</script>" },
    { country: "ZZ" },
    { firstName: "x".repeat(5000) },
    { intent: "explode" },
    { organisationType: "🙂" },
  ]) {
    const response = await request.post(manage, { form: { ...base, intent: "update", ...change }, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(change).slice(0, 80)).toBe(400);
    expect(decode(await response.text())).toContain(tr("zh", "errors.checkFields"));
  }
  expect((await request.post(manage, { form: { ...base, _csrf: "B".repeat(43), intent: "cancel" }, maxRedirects: 0 })).status()).toBe(403);
  expect(row("select first_name, status from registrations where email = ?", email)).toEqual(before);
  await request.dispose();
});
