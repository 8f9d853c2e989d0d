import { expect, test } from "@playwright/test";
import { TARGETS, type Fields } from "./support/bad-input-targets";
import { db, judge, post } from "./support/bad-input";
import { csrfFor } from "./support/forms";

/**
 * Every public form gets the input people and robots really send. Each answer is a 4xx with a
 * message in the page's language, or the input is stored and shown inert; never a 500, and a
 * refused request leaves no row behind. (One-click links and the manage form: bad-input-links.spec.ts.)
 */

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
