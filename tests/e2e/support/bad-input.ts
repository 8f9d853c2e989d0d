import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB } from "./env";
import { tr } from "./i18n";
import { languageTable } from "../../../locales/languages.js";
import type { Fields, Target } from "./bad-input-targets";

// Shared by the bad-input specs: how to post a form as a robot would, and how to judge the answer.

const LANGS = languageTable.map((l) => l.code);
export const decode = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;|&#60;/g, "<")
    .replace(/&gt;|&#62;/g, ">")
    .replace(/&amp;|&#38;/g, "&");

export function localizedMessages(lang: string) {
  return ["errors.checkFields", "errors.badRequest", "errors.csrf", "errors.payloadTooLarge", "errors.rateLimited", "errorPage.notFound.title"].map((k) =>
    tr(lang, k),
  );
}

export const db = () => new Database(E2E_DB, { readonly: true });
export function row(sql: string, ...params: unknown[]) {
  const conn = db();
  try {
    return conn.prepare(sql).get(...params);
  } finally {
    conn.close();
  }
}

export async function post(
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
export async function judge(request: APIRequestContext, target: Target, response: APIResponse, marker: string, what: string) {
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
