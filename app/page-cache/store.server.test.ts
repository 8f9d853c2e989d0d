import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { env } from "~/utils/env.server";
import { sqlite, write } from "~/utils/db.server";
import {
  cutAt,
  databaseVersion,
  joinAt,
  pageCacheBytes,
  pageCacheSize,
  resetPageCache,
  servePage,
  storePage,
  type PageRecord,
  type Version,
} from "./store.server";
import { organisations, organisationTypes } from "../../db/schema";
import { CSRF_SLOT, csrfTokenFrom } from "~/utils/csrf.server";

const NONCE = "n0nce+AAAAAAAAAAAAAAA==";
const TOKEN = csrfTokenFrom(undefined).token;
const CHOSEN = "Q".repeat(43);
const body = `<html><script nonce="${NONCE}">window.x={"csrf":"${CSRF_SLOT}"}</script><form><input name="_csrf" value="${CSRF_SLOT}"></form><script nonce="${NONCE}" src="/a.js"></script><a href="/fr/x/${CHOSEN}">x</a></html>`;
const headers = {
  "content-type": "text/html; charset=utf-8",
  "set-cookie": ["gda_csrf=" + TOKEN],
  "content-security-policy": `script-src 'nonce-${NONCE}'`,
  "x-frame-options": "DENY",
};
const page = (over: Partial<PageRecord> = {}): PageRecord => ({ cacheable: true, csrf: TOKEN, lang: "fr", ...over });

function keep(key: string, over: { page?: PageRecord; status?: number; headers?: Record<string, unknown>; now?: number; version?: Version } = {}) {
  return storePage(key, { status: 200, headers, body, nonce: NONCE, page: page(), version: "v1", ...over });
}

beforeEach(() => resetPageCache());

describe("cutting a page at the visitor's values", () => {
  it("puts each value back where it stood, however they interleave", () => {
    const { parts, slots } = cutAt(body, { nonce: NONCE, csrf: CSRF_SLOT });
    expect(slots).toEqual(["nonce", "csrf", "csrf", "nonce"]);
    const bytes = parts.map((p) => Buffer.from(p));
    expect(joinAt(bytes, slots, { nonce: NONCE, csrf: CSRF_SLOT }).toString()).toBe(body);
    const other = joinAt(bytes, slots, { nonce: "N2", csrf: "T2" }).toString();
    expect(other).not.toContain(NONCE);
    expect(other).not.toContain(CSRF_SLOT);
    expect(other.match(/N2/g)).toHaveLength(2);
    expect(other.match(/T2/g)).toHaveLength(2);
  });

  it("leaves a page without those values whole", () => {
    expect(cutAt("<p>hello</p>", { nonce: NONCE })).toEqual({ parts: ["<p>hello</p>"], slots: [] });
  });
});

describe("keeping and serving pages", () => {
  it("keeps only pages their route marks, answered 200 and not marked private", () => {
    expect(keep("/fr/a", { page: page({ cacheable: false }) })).toBe(false);
    expect(keep("/fr/b", { status: 404 })).toBe(false);
    expect(keep("/fr/c", { headers: { ...headers, "cache-control": "private" } })).toBe(false);
    expect(pageCacheSize()).toBe(0);
    expect(keep("/fr/d")).toBe(true);
    expect(pageCacheSize()).toBe(1);
  });

  it("serves a new visitor the page with this response's nonce and a token of their own, with its cookie", () => {
    keep("/fr/events");
    const served = servePage("/fr/events", { nonce: "FRESH", version: "v1" })!;
    const html = served.body.toString();
    expect(html).not.toContain(NONCE);
    expect(html).not.toContain(TOKEN);
    expect(html).not.toContain(CSRF_SLOT);
    expect(html).toContain('nonce="FRESH"');
    const cookies = served.headers.filter(([n]) => n.toLowerCase() === "set-cookie").map(([, v]) => v);
    const token = /gda_csrf=([^;]+)/.exec(cookies.join("\n"))![1];
    expect(html).toContain(`value="${token}"`);
    expect(cookies.some((c) => c.startsWith("gda_lang=fr"))).toBe(true);
    // The kept response's own cookie and CSP never travel with it.
    expect(cookies).not.toContain("gda_csrf=" + TOKEN);
    expect(served.headers.find(([n]) => n === "content-security-policy")).toBeUndefined();
    expect(served.headers).toContainEqual(["content-type", "text/html; charset=utf-8"]);
  });

  it("gives a returning visitor their own token and no new cookies", () => {
    keep("/fr/events");
    const mine = csrfTokenFrom(undefined).token;
    const served = servePage("/fr/events", { cookie: `gda_lang=fr; gda_csrf=${mine}`, nonce: "FRESH", version: "v1" })!;
    expect(served.body.toString()).toContain(`value="${mine}"`);
    expect(served.headers.filter(([n]) => n.toLowerCase() === "set-cookie")).toEqual([]);
  });

  it("never writes a token where the page merely contains a cookie's value a visitor chose", () => {
    // The visitor who made the page kept sets their cookie to a piece of the page, then others read it.
    const chosen = storePage("/fr/links", { status: 200, headers, body, nonce: NONCE, page: page({ csrf: CHOSEN }), version: "v1" });
    expect(chosen).toBe(true);
    const other = csrfTokenFrom(undefined).token;
    const html = servePage("/fr/links", { cookie: `gda_csrf=${other}`, nonce: "FRESH", version: "v1" })!.body.toString();
    expect(html).toContain(`href="/fr/x/${CHOSEN}"`);
    expect(html).not.toContain(`/fr/x/${other}`);
    // And a cookie the server did not mint is not a token: the visitor gets a new one.
    const served = servePage("/fr/links", { cookie: `gda_csrf=${CHOSEN}`, nonce: "FRESH", version: "v1" })!;
    expect(served.headers.some(([n, v]) => n.toLowerCase() === "set-cookie" && v.startsWith("gda_csrf=") && !v.includes(CHOSEN))).toBe(true);
    expect(served.body.toString()).not.toContain(`value="${CHOSEN}"`);
  });

  it("serves a page the database has moved past only within PAGE_CACHE_STALE_MS of its rendering, and never to one who just wrote", () => {
    const window = env().PAGE_CACHE_STALE_MS;
    expect(window).toBeGreaterThan(0);
    keep("/fr/events", { now: 1_000 });
    expect(servePage("/fr/events", { nonce: "x", version: "v1", now: 1_001 })?.stale).toBe(false);
    expect(servePage("/fr/events", { nonce: "x", version: "v2", now: 1_000 + window - 1 })?.stale).toBe(true);
    expect(servePage("/fr/events", { nonce: "x", version: "v2", now: 1_001, fresh: true })).toBeUndefined();
    expect(pageCacheSize()).toBe(1);
    expect(servePage("/fr/events", { nonce: "x", version: "v2", now: 1_000 + window })).toBeUndefined();
    expect(pageCacheSize()).toBe(0);
  });

  it("drops a page once the database has changed and the window is past, or its time is up", () => {
    keep("/fr/events", { now: 1_000 });
    expect(servePage("/fr/events", { nonce: "x", version: "v2", now: 1_000 + env().PAGE_CACHE_STALE_MS })).toBeUndefined();
    expect(pageCacheSize()).toBe(0);
    keep("/fr/events", { now: 1_000 });
    expect(servePage("/fr/events", { nonce: "x", version: "v1", now: 1_000 + env().PAGE_CACHE_SECONDS * 1000 - 1 })).toBeDefined();
    expect(servePage("/fr/events", { nonce: "x", version: "v1", now: 1_000 + env().PAGE_CACHE_SECONDS * 1000 })).toBeUndefined();
  });

  it("checks a page kept through registrations against the writes outside them alone", () => {
    const at = (all: string, outside: string) => ({ all, "outside-registrations": outside });
    keep("/fr/pledges", { page: page({ scope: "outside-registrations" }), version: at("a1", "o1"), now: 1_000 });
    keep("/fr/events", { version: at("a1", "o1"), now: 1_000 });
    // A registration moved the database: the event list is out of date, the pledges are not.
    const afterRegistration = { nonce: "x", version: at("a2", "o1"), now: 1_000 + env().PAGE_CACHE_STALE_MS };
    expect(servePage("/fr/pledges", afterRegistration)?.stale).toBe(false);
    expect(servePage("/fr/events", afterRegistration)).toBeUndefined();
    expect(servePage("/fr/pledges", { ...afterRegistration, version: at("a3", "o2") })).toBeUndefined();
  });

  it("holds at most 300 pages, forgetting the one served longest ago", () => {
    for (let i = 0; i < 300; i++) keep(`/fr/p${i}`);
    expect(servePage("/fr/p0", { nonce: "x", version: "v1" })).toBeDefined();
    keep("/fr/p300");
    expect(pageCacheSize()).toBe(300);
    expect(pageCacheBytes()).toBe(300 * Buffer.byteLength(body));
    expect(servePage("/fr/p1", { nonce: "x", version: "v1" })).toBeUndefined();
    expect(servePage("/fr/p0", { nonce: "x", version: "v1" })).toBeDefined();
    expect(servePage("/fr/p300", { nonce: "x", version: "v1" })).toBeDefined();
  });
});

describe("the database's version", () => {
  it("changes with a write from this process and with one from another connection, not with reads", () => {
    const first = databaseVersion();
    sqlite().prepare("select count(*) from organisations").get();
    expect(databaseVersion()).toBe(first);
    write((tx) =>
      tx.insert(organisations).values({ name: "Page Cache Org", type: organisationTypes[0], country: "FR", lang: "fr", createdAt: Date.now() }).run(),
    );
    const second = databaseVersion();
    expect(second).not.toBe(first);
    const other = new Database(sqlite().name);
    other.prepare("update organisations set name = 'Renamed' where name = 'Page Cache Org'").run();
    other.close();
    expect(databaseVersion()).not.toBe(second);
  });
});
