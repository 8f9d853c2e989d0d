import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB } from "./support/env";
import { tr } from "./support/i18n";
import { waitForEmail } from "./support/mail";
import { languageTable } from "../../locales/languages.js";

/**
 * Every public form gets the input people and robots really send. Each answer is a 4xx with a
 * message in the page's language, or the input is stored and shown inert; never a 500, and a
 * refused request leaves no row behind.
 */
type Fields = Record<string, string>;
type Target = {
  name: string;
  lang: string;
  path: string;
  base: (marker: string) => Fields;
  text: string[];
  choices: string[];
  multipart?: boolean;
  /** Where a refused request must have left nothing: SQL with one ? for the marker. */
  leftovers: string[];
};

const TARGETS: Target[] = [
  {
    name: "event registration",
    lang: "fr",
    path: "/fr/events/example-webinar-green-standards",
    base: (m) => ({
      fax_number: "",
      email: `${m}@example.org`,
      firstName: "Amina",
      lastName: "Diallo",
      organisation: "Ministère",
      organisationType: "member-state",
      country: "SN",
      jobTitle: "Ingénieure",
      gender: "",
      accessibilityNeeds: "",
      consent: "on",
    }),
    text: ["firstName", "lastName", "organisation", "jobTitle", "accessibilityNeeds", "email"],
    choices: ["organisationType", "country", "gender"],
    leftovers: ["select count(*) n from registrations where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "endorsement",
    lang: "es",
    path: "/es/declarations/cop29-declaration",
    multipart: true,
    base: (m) => ({
      fax_number: "",
      category: "academia",
      organisation: "Universidad Verde",
      country: "CL",
      representativeName: "Ana Pérez",
      representativeTitle: "Rectora",
      email: `${m}@example.org`,
      statement: "",
      consent: "on",
    }),
    text: ["organisation", "representativeName", "representativeTitle", "email", "statement"],
    choices: ["category", "country"],
    leftovers: ["select count(*) n from endorsements where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "partner request",
    lang: "ar",
    path: "/ar/partners/join",
    base: (m) => ({
      fax_number: "",
      organisation: "شركة الاتصالات الخضراء",
      type: "private-sector",
      country: "JO",
      website: "",
      motivation: "",
      name: "ليلى",
      email: `${m}@example.org`,
      consent: "on",
    }),
    text: ["organisation", "website", "motivation", "name", "email"],
    choices: ["type", "country"],
    leftovers: ["select count(*) n from partner_users where email like ?", "select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "partner sign-in",
    lang: "ru",
    path: "/ru/partners/sign-in",
    base: (m) => ({ fax_number: "", email: `${m}@example.org` }),
    text: ["email"],
    choices: [],
    leftovers: ["select count(*) n from outbox where to_address like ?"],
  },
  {
    name: "secretariat forgotten password",
    lang: "zh",
    path: "/zh/admin/password-reset",
    base: (m) => ({ fax_number: "", email: `${m}@example.org` }),
    text: ["email"],
    choices: [],
    leftovers: ["select count(*) n from outbox where to_address like ?", "select count(*) n from staff_users where email like ?"],
  },
];

const LANGS = languageTable.map((l) => l.code);
const decode = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;|&#60;/g, "<")
    .replace(/&gt;|&#62;/g, ">")
    .replace(/&amp;|&#38;/g, "&");

function localizedMessages(lang: string) {
  return ["errors.checkFields", "errors.badRequest", "errors.csrf", "errors.payloadTooLarge", "errors.rateLimited", "errorPage.notFound.title"].map((k) =>
    tr(lang, k),
  );
}

async function csrfFor(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  return html.match(/name="_csrf" value="([^"]+)"/)![1]!;
}

const db = () => new Database(E2E_DB, { readonly: true });
function row(sql: string, ...params: unknown[]) {
  const conn = db();
  try {
    return conn.prepare(sql).get(...params);
  } finally {
    conn.close();
  }
}

async function post(
  request: APIRequestContext,
  target: Target,
  path: string,
  fields: Fields | Record<string, string[] | string>,
  headers?: Record<string, string>,
) {
  if (target.multipart) {
    const multipart: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) multipart[k] = Array.isArray(v) ? v.join(",") : v;
    return request.post(path, { multipart, maxRedirects: 0, headers });
  }
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return request.post(path, { data: body.toString(), headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers }, maxRedirects: 0 });
}

/** A refused request says so in the page's language and leaves no row; an accepted one shows nothing live. */
async function judge(request: APIRequestContext, target: Target, response: APIResponse, marker: string, what: string) {
  const status = response.status();
  expect(status, `${target.name}: ${what}`).toBeLessThan(500);
  if (status >= 400) {
    const body = decode(await response.text());
    // An unknown prefix names no language: its 404 is in the visitor's (cookie, then Accept-Language).
    const expected =
      status === 404 ? LANGS.map((l) => tr(l, "errorPage.notFound.title")) : [...localizedMessages(target.lang), tr(target.lang, "register.closed")];
    expect(
      expected.some((m) => body.includes(m)),
      `${target.name}: ${what} → ${status} without a localized message`,
    ).toBe(true);
    const conn = db();
    try {
      for (const sql of target.leftovers)
        expect((conn.prepare(sql).get(`%${marker}%`) as { n: number }).n, `${target.name}: ${what} left a row (${sql})`).toBe(0);
    } finally {
      conn.close();
    }
    return "refused";
  }
  expect([200, 302, 303], `${target.name}: ${what}`).toContain(status);
  const location = response.headers()["location"];
  const shown = location ? await (await request.get(location)).text() : await response.text();
  expect(shown, `${target.name}: ${what} shows live markup`).not.toMatch(/<script>alert|<img src=x onerror/i);
  return "accepted";
}

for (const target of TARGETS) {
  test(`bad input to the ${target.name} form (${target.lang}) is refused with a localized 4xx or stored inert, never a 500`, async ({ playwright }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext();
    const csrf = await csrfFor(request, target.path);
    let n = 0;
    const marker = () => `sweep-${target.name.replace(/\W/g, "")}-${++n}`;
    const send = async (
      what: string,
      change: (base: Fields) => Fields | Record<string, string[] | string>,
      opts: { csrf?: string; path?: string; headers?: Record<string, string> } = {},
    ) => {
      const m = marker();
      const fields = { _csrf: opts.csrf ?? csrf, ...change(target.base(m)) };
      if (opts.csrf === "") delete (fields as Fields)._csrf;
      const response = await post(request, target, opts.path ?? target.path, fields, opts.headers);
      return { outcome: await judge(request, target, response, m, what), status: response.status() };
    };

    // Missing fields: only the token.
    expect((await send("no fields", () => ({}))).outcome).toBe("refused");
    for (const field of [...target.text, ...target.choices]) {
      // 1 MB and 20,000 characters.
      await send(`1 MB in ${field}`, (b) => ({ ...b, [field]: "x".repeat(1_050_000) }));
      expect((await send(`20,000 characters in ${field}`, (b) => ({ ...b, [field]: "é".repeat(20_000) }))).outcome).toBe("refused");
      // The same field twice, with two different values.
      await send(`${field} repeated`, (b) => ({ ...b, [field]: [b[field] ?? "a", "second value"] }));
    }
    for (const field of target.choices) {
      for (const wrong of ["🙂", "999", "[object Object]", "' OR 1=1 --"])
        expect((await send(`${field} = ${wrong}`, (b) => ({ ...b, [field]: wrong }))).outcome).toBe("refused");
    }
    for (const field of target.text) {
      // Markup and script: refused where markup has no place, or kept as text and shown escaped.
      await send(`script in ${field}`, (b) => ({ ...b, [field]: `<script>alert(1)</script><img src=x onerror=alert(2)>` }));
      // SQL fragments are only text.
      await send(`SQL in ${field}`, (b) => ({ ...b, [field]: field === "email" ? "x'--@example.org" : `Robert'); DROP TABLE registrations; --` }));
      // Control and bidi-override characters.
      await send(`control characters in ${field}`, (b) => ({ ...b, [field]: `${b[field] || "abc"}\u202E\u0007\u0000\u2066` }));
    }
    // Invalid UTF-8 and a wrong content type.
    if (!target.multipart) {
      const m = marker();
      const body = Buffer.concat([
        Buffer.from(`_csrf=${csrf}&email=${m}%40example.org&${target.text[0]}=`),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from(`&name=%FF%C3%28&consent=on`),
      ]);
      await judge(
        request,
        target,
        await request.post(target.path, { data: body, headers: { "Content-Type": "application/x-www-form-urlencoded" }, maxRedirects: 0 }),
        m,
        "invalid UTF-8",
      );
      const json = marker();
      await judge(
        request,
        target,
        await request.post(target.path, { data: { _csrf: csrf, email: `${json}@example.org` }, maxRedirects: 0 }),
        json,
        "JSON instead of a form",
      );
    }
    // Wrong, missing and cross-site tokens: 403.
    expect((await send("a wrong CSRF token", (b) => b, { csrf: "A".repeat(43) })).status).toBe(403);
    expect((await send("no CSRF token", (b) => b, { csrf: "" })).status).toBe(403);
    expect((await send("another site's Origin", (b) => b, { headers: { Origin: "https://evil.example" } })).status).toBe(403);
    expect((await send("a malformed Origin", (b) => b, { headers: { Origin: "not a url" } })).status).toBe(403);
    // An unknown language prefix: 404.
    expect((await send("an unknown language", (b) => b, { path: target.path.replace(/^\/[a-z]{2}\//, "/xx/") })).status).toBe(404);

    // After all that the site still works and its tables are intact.
    expect((await request.get(target.path)).status()).toBe(200);
    const conn = db();
    try {
      expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
      expect((conn.prepare("select count(*) n from sqlite_master where name = 'registrations'").get() as { n: number }).n).toBe(1);
    } finally {
      conn.close();
    }
    await request.dispose();
  });
}

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
