import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/utils/db.server";
import { circulars, declarations, eventPillars, events, eventSessions, pillars, workingGroups } from "../schema";
import { languages } from "../../app/utils/i18n";
import { seedContent, seedIfEmpty } from "./index";
import { wordingCorrections } from "./corrections";

const count = (
  table: typeof pillars | typeof events | typeof circulars | typeof declarations | typeof workingGroups | typeof eventSessions | typeof eventPillars,
) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

describe("seed content", () => {
  it("loads the source documents into an empty database", () => {
    expect(seedIfEmpty({ examples: true })).toBeGreaterThan(0);
    expect(count(pillars)).toBe(6);
    expect(count(circulars)).toBe(3);
    expect(count(declarations)).toBe(1);
    expect(count(workingGroups)).toBe(6);
    expect(count(events)).toBe(5);
  });

  it("is idempotent: a second run adds nothing", () => {
    const before = [pillars, circulars, declarations, workingGroups, events, eventSessions, eventPillars].map(count);
    expect(seedContent({ examples: true })).toBe(0);
    expect(seedIfEmpty({ examples: true })).toBe(0);
    expect([pillars, circulars, declarations, workingGroups, events, eventSessions, eventPillars].map(count)).toEqual(before);
  });

  it("gives every pillar, title and summary all six languages", () => {
    for (const p of db().select().from(pillars).all()) for (const l of languages) expect(p.title[l], `${p.slug} ${l}`).toBeTruthy();
    for (const e of db().select().from(events).all()) {
      for (const l of languages) {
        expect(e.title[l], `${e.slug} title ${l}`).toBeTruthy();
        expect(e.summary[l], `${e.slug} summary ${l}`).toBeTruthy();
      }
    }
  });

  it("keeps each letter in its original language with an English version", () => {
    const rows = db().select().from(circulars).all();
    expect(rows.map((c) => [c.reference, c.originalLang]).sort()).toEqual([
      ["CL-23/15", "ar"],
      ["CL-24/63", "ru"],
      ["TSB Circular 114", "ru"],
    ]);
    for (const c of rows) {
      expect(c.body[c.originalLang as "ru"]).toBeTruthy();
      expect(c.body.en).toBeTruthy();
    }
  });

  it("stores the Scope 3 workshop at 13:00 UTC in Geneva's zone, with examples marked as examples", () => {
    const all = db().select().from(events).all();
    const scope3 = all.find((e) => e.slug === "scope-3-ghg-reporting-workshop-2023")!;
    expect(new Date(scope3.startsAt).toISOString()).toBe("2023-07-11T13:00:00.000Z");
    expect(scope3.timeZone).toBe("Europe/Zurich");
    expect(
      all
        .filter((e) => e.isExample)
        .map((e) => e.slug)
        .sort(),
    ).toEqual(["example-webinar-green-standards", "example-workshop-circular-ict"]);
  });

  it("corrects the wording of a database seeded before, keeping the letters' bodies as issued", () => {
    const asFirstSeeded = (texts: Record<string, string | undefined>) => {
      const out = { ...texts };
      // Undone last first: a later correction may rewrite what an earlier one wrote («1,7%» → «1.7%» → «1.7 في المائة»).
      // A text corrected to nothing (the COP events' access rule) has its own test in source-facts.test.ts.
      for (const c of [...wordingCorrections].reverse()) if (out[c.lang] && c.to) out[c.lang] = out[c.lang]!.replaceAll(c.to, c.from);
      return out;
    };
    const rows = () => [...db().select().from(pillars).all(), ...db().select().from(events).all(), ...db().select().from(circulars).all()];
    const now = rows().map((r) => JSON.stringify(r));
    for (const p of db().select().from(pillars).all())
      db()
        .update(pillars)
        .set({ title: asFirstSeeded(p.title), description: asFirstSeeded(p.description) })
        .where(sql`id = ${p.id}`)
        .run();
    for (const e of db().select().from(events).all())
      db()
        .update(events)
        .set({ title: asFirstSeeded(e.title), summary: asFirstSeeded(e.summary), description: asFirstSeeded(e.description) })
        .where(sql`id = ${e.id}`)
        .run();
    for (const c of db().select().from(circulars).all())
      db()
        .update(circulars)
        .set({ subject: asFirstSeeded(c.subject) })
        .where(sql`id = ${c.id}`)
        .run();
    expect(JSON.stringify(db().select().from(pillars).all())).toContain("1,7%");
    expect(JSON.stringify(db().select().from(pillars).all())).toContain("بنسبة 45%");
    expect(JSON.stringify(db().select().from(events).all())).toContain("示例混合式研讨会");
    expect(seedContent({ examples: true })).toBeGreaterThan(0);
    expect(rows().map((r) => JSON.stringify(r))).toEqual(now);
    expect(seedContent({ examples: true })).toBe(0);
    const cl = db()
      .select()
      .from(circulars)
      .all()
      .find((c) => c.reference === "CL-23/15")!;
    expect(cl.body.ar).toContain("1,5 درجة");
  });

  it("quotes with «…» in the Russian titles and summaries, as the letters' Russian is set, keeping the bodies as issued", () => {
    const shown = [
      ...db()
        .select()
        .from(pillars)
        .all()
        .flatMap((p) => [p.title.ru, p.description.ru]),
      ...db()
        .select()
        .from(workingGroups)
        .all()
        .flatMap((g) => [g.name.ru, g.mandate.ru]),
      ...db()
        .select()
        .from(events)
        .all()
        .flatMap((e) => [e.title.ru, e.summary.ru, e.description.ru]),
      ...db()
        .select()
        .from(declarations)
        .all()
        .flatMap((d) => [d.title.ru, d.summary.ru]),
      ...db()
        .select()
        .from(circulars)
        .all()
        .map((c) => c.subject.ru),
    ].filter((text): text is string => typeof text === "string");
    expect(shown.filter((text) => /"[^"]*[а-яА-Я][^"]*"/.test(text))).toEqual([]);
    expect(shown.join(" ")).toContain("Декларация КС-29 об инициативе «Зеленая цифровая кампания»");
    const cl = db()
      .select()
      .from(circulars)
      .all()
      .find((c) => c.reference === "CL-24/63")!;
    expect(cl.body.ru).toContain('инициативе "Зеленая цифровая кампания"');
  });

  it("gives the Scope 3 workshop its page in every language, also in a database seeded with the letter's two", () => {
    const scope3 = () =>
      db()
        .select()
        .from(events)
        .where(sql`slug = 'scope-3-ghg-reporting-workshop-2023'`)
        .get()!;
    expect(Object.keys(scope3().description).sort()).toEqual([...languages].sort());
    const { en, ru } = scope3().description;
    db()
      .update(events)
      .set({ description: { en: en!, ru: ru! } })
      .where(sql`id = ${scope3().id}`)
      .run();
    expect(seedContent({ examples: true })).toBe(1);
    expect(scope3().description.zh).toContain("必须在线预先注册");
    expect(scope3().description.en).toBe(en);
    // A description the secretariat edited keeps its words and gains nothing.
    db()
      .update(events)
      .set({ description: { en: "Edited by the secretariat.", ru: ru! } })
      .where(sql`id = ${scope3().id}`)
      .run();
    expect(seedContent({ examples: true })).toBe(0);
    expect(scope3().description).toEqual({ en: "Edited by the secretariat.", ru });
  });

  it("shows COP28 by its days: a database seeded with 00:00–23:59 becomes date-only, an edited event stays", () => {
    const cop28 = () =>
      db()
        .select()
        .from(events)
        .all()
        .find((e) => e.slug === "cop28-green-digital-action")!;
    expect(cop28().dateOnly).toBe(true);
    expect(new Date(cop28().endsAt).toISOString()).toBe("2023-12-12T20:00:00.000Z");
    const firstSeeded = { dateOnly: false, endsAt: Date.parse("2023-12-12T19:59:00Z") };
    db()
      .update(events)
      .set(firstSeeded)
      .where(sql`slug = 'cop28-green-digital-action'`)
      .run();
    expect(seedContent({ examples: true })).toBe(1);
    expect([cop28().dateOnly, new Date(cop28().endsAt).toISOString()]).toEqual([true, "2023-12-12T20:00:00.000Z"]);
    db()
      .update(events)
      .set({ ...firstSeeded, endsAt: Date.parse("2023-12-12T14:00:00Z") })
      .where(sql`slug = 'cop28-green-digital-action'`)
      .run();
    expect(seedContent({ examples: true })).toBe(0);
    expect(cop28().dateOnly).toBe(false);
  });
});
