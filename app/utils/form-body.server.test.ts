import type { AppLoadContext } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { csrfTokenFrom } from "./csrf.server";
import { MAX_FORM_FIELDS, readFormBody } from "./form-body.server";
import { parseSubmission } from "./forms.server";
import { getT } from "./i18n.server";
import { resetRateLimits } from "./rate-limit.server";

const URL_ = "http://localhost:3000/en/partners/join";
// A token this server minted (signed): an invented cookie value is refused as a CSRF token.
const tok = csrfTokenFrom(undefined).token;
let bodyRead = 0;
function post(body: string, headers: Record<string, string> = {}) {
  const request = new Request(URL_, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `gda_csrf=${tok}`, ...headers },
    body,
  });
  const arrayBuffer = request.arrayBuffer.bind(request);
  request.arrayBuffer = () => ((bodyRead += 1), arrayBuffer());
  return request;
}
const context = { clientIp: "203.0.113.9" } as unknown as AppLoadContext;
const submit = (request: Request, lang: "en" | "ar" = "en", from = context) =>
  parseSubmission({ request, context: from, lang, schema: z.object({ name: z.string() }), guard: { kind: "public", bucket: "test" } });

beforeEach(() => {
  bodyRead = 0;
  resetRateLimits();
});

describe("a form body is read only after the cheap checks, with a bounded field count", () => {
  it("counts fields in URL-encoded and multipart bodies", async () => {
    const many = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `f${i}=x`).join("&");
    expect(await readFormBody(post(many))).toEqual({ ok: false, reason: "too-many-fields" });
    const few = await readFormBody(post("a=1&b=2"));
    expect(few.ok && few.form.get("b")).toBe("2");
    const parts =
      Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `--XyZ\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join("") + "--XyZ--\r\n";
    const multi = new Request(URL_, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=XyZ" }, body: parts });
    expect(await readFormBody(multi)).toEqual({ ok: false, reason: "too-many-fields" });
  });

  it("reads a URL-encoded form exactly as the Fetch standard's parser does", async () => {
    const bodies = [
      "name=Am%C4%ABna+Al-Farsi&note=a%2Bb%3Dc&empty=&dup=1&dup=2&=nameless&flag",
      "arabic=%D9%88%D8%B2%D8%A7%D8%B1%D8%A9&broken=%ZZ%4&half=%D9&chinese=%E5%B7%A5",
      "",
      "&&a=1&&",
      "a=1;b=2",
      "x=%00%0D%0A",
    ];
    for (const type of ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"]) {
      for (const body of bodies) {
        const ours = await readFormBody(post(body, { "Content-Type": type }));
        const fetchs = await new Request(URL_, { method: "POST", headers: { "Content-Type": type }, body }).formData();
        expect(ours.ok && [...ours.form.entries()]).toEqual([...fetchs.entries()]);
      }
    }
  });

  it("answers 280,000 fields with a localized 413, in English and in Arabic", async () => {
    const huge = `_csrf=${tok}&${"a=1&".repeat(280_000)}name=x`;
    for (const lang of ["en", "ar"] as const) {
      const r = await submit(post(huge), lang);
      expect(r).toMatchObject({ ok: false, status: 413, failure: { formError: getT(lang, "common")("errors.payloadTooLarge") } });
    }
  });

  it("refuses Origin: null, a missing CSRF cookie and a spent rate before reading the body", async () => {
    const nullOrigin = await submit(post(`_csrf=${tok}&name=x`, { Origin: "null" }), "ar");
    expect(nullOrigin).toMatchObject({ ok: false, status: 403, failure: { formError: getT("ar", "common")("errors.csrf") } });
    const noCookie = await submit(post(`_csrf=${tok}&name=x`, { Cookie: "" }));
    expect(noCookie).toMatchObject({ ok: false, status: 403 });
    expect(bodyRead).toBe(0);
    for (let i = 0; i < 20; i++) expect(await submit(post(`_csrf=${tok}&name=x`))).toMatchObject({ ok: true });
    bodyRead = 0;
    expect(await submit(post(`_csrf=${tok}&name=x`))).toMatchObject({ ok: false, status: 429 });
    expect(bodyRead).toBe(0);
  });

  it("counts an IPv6 /64 as one client: stepping through its addresses does not reset the rate", async () => {
    const at = (n: number) => ({ clientIp: `2001:db8:7:1::${n.toString(16)}` }) as unknown as AppLoadContext;
    for (let i = 1; i <= 20; i++) expect(await submit(post(`_csrf=${tok}&name=x`), "en", at(i))).toMatchObject({ ok: true });
    expect(await submit(post(`_csrf=${tok}&name=x`), "en", at(21))).toMatchObject({ ok: false, status: 429 });
    // Another /64 is another client.
    expect(await submit(post(`_csrf=${tok}&name=x`), "en", { clientIp: "2001:db8:7:2::1" } as unknown as AppLoadContext)).toMatchObject({ ok: true });
  });
});

describe("a refused form's field errors", () => {
  it("come in the order the form sent its fields (the page's order), not the schema's; fields not sent follow unless a hidden _at holds their place", async () => {
    const schema = z.object({ firstName: z.string().min(1), lastName: z.string().min(1), email: z.string().min(1).email(), choice: z.string() });
    // As a Chinese form sends it: the address first, then the family name before the given name.
    const r = await parseSubmission({
      request: post(`_csrf=${tok}&email=&lastName=&firstName=`),
      context,
      lang: "zh",
      schema,
      guard: { kind: "public", bucket: "order" },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.failure.fieldErrors)).toEqual(["email", "lastName", "firstName", "choice"]);
    // An unchosen radio group keeps its place by the hidden field that names it.
    const placed = await parseSubmission({
      request: post(`_csrf=${tok}&email=&_at=choice&lastName=&firstName=`),
      context,
      lang: "zh",
      schema,
      guard: { kind: "public", bucket: "order" },
    });
    expect(placed.ok ? [] : Object.keys(placed.failure.fieldErrors)).toEqual(["email", "choice", "lastName", "firstName"]);
    // An empty address is a missing one, not a malformed one.
    expect(r.failure.fieldErrors.email).toBe(getT("zh", "common")("errors.required"));
  });
});
