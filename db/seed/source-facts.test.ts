import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/utils/db.server";
import { languages } from "../../app/utils/i18n";
import { circulars, events, pillars, workingGroups } from "../schema";
import * as content from "./content/index";
import { wordingCorrections } from "./corrections";
import { seedContent, seedIfEmpty } from "./index";

// Facts as the source documents attribute them. The report to the Council (2024) gives
// Recommendations ITU-T L.1450 and L.1470 as guidance on collecting emissions data and says ITU's
// database will follow the coming L.Database; it names no figure for the partners' COP28
// commitments, while the −45 % by 2030 against 2020 and net zero by 2050 are what Resolution 1429
// recognizes the 1.5 °C goal requires.
const pillar = content.pillars.find((p) => p.slug === "ict-emissions")!;
const group = content.workingGroups.find((g) => g.slug === "wg-ict-emissions")!;

describe("seeded facts keep the attribution of their source", () => {
  it.each(languages)("%s: pillar 1 does not give L.1450 and L.1470 as the basis of ITU's database", (lang) => {
    const text = (pillar.description as Record<string, string>)[lang]!;
    expect(text).toMatch(/2030/);
    expect(text).not.toMatch(/L\.1450|L\.1470/);
  });

  it("pillar 1 gives the yearly all-scopes disclosure as the convening organizations' commitment, as the report does", () => {
    const text = pillar.description as Record<string, string>;
    expect(text.en).toContain("convening organizations of Green Digital Action have committed");
    expect(text.zh).toContain("召集组织承诺每年公开");
    for (const lang of languages) expect(text[lang]).not.toMatch(/Participating organizations|organisations participantes|参与的组织/);
  });

  it.each(languages)("%s: the emissions working group attributes the 2030 and 2050 figures to Resolution 1429", (lang) => {
    const text = (group.mandate as Record<string, string>)[lang]!;
    expect(text).toMatch(/45/);
    expect(text).toMatch(/1429/);
  });

  it("corrects a database seeded with the earlier wording", () => {
    seedIfEmpty({ examples: false });
    const undo = (texts: Record<string, string>) => {
      const out = { ...texts };
      for (const c of wordingCorrections.filter((w) => /L\.1450|1429/.test(w.from + w.to))) out[c.lang] = out[c.lang]!.replace(c.to, c.from);
      return out;
    };
    const storedPillar = db().select().from(pillars).where(eq(pillars.slug, pillar.slug)).get()!;
    const storedGroup = db().select().from(workingGroups).where(eq(workingGroups.slug, group.slug)).get()!;
    db()
      .update(pillars)
      .set({ description: undo(storedPillar.description) })
      .where(eq(pillars.id, storedPillar.id))
      .run();
    db()
      .update(workingGroups)
      .set({ mandate: undo(storedGroup.mandate) })
      .where(eq(workingGroups.id, storedGroup.id))
      .run();
    expect(db().select().from(workingGroups).where(eq(workingGroups.id, storedGroup.id)).get()!.mandate.en).not.toMatch(/1429/);

    expect(seedContent({ examples: false })).toBeGreaterThan(0);
    expect(db().select().from(pillars).where(eq(pillars.id, storedPillar.id)).get()!.description).toEqual(storedPillar.description);
    expect(db().select().from(workingGroups).where(eq(workingGroups.id, storedGroup.id)).get()!.mandate).toEqual(storedGroup.mandate);
  });
});

describe("the COP events state no rule of access the letters do not give", () => {
  it("are seeded, and a database seeded before is corrected, with no fee or access text", () => {
    seedIfEmpty({ examples: false });
    const slugs = content.events.filter((e) => /^cop2[89]/.test(e.slug)).map((e) => e.slug);
    expect(slugs).toHaveLength(2);
    const old = JSON.stringify({
      en: "Access to the COP29 venue is subject to the conference's accreditation and registration rules",
      zh: "进入COP29会场须遵守大会的注册和资格认证规定",
    });
    db().run(sql`update events set fee = ${old} where slug = ${slugs[1]}`);
    seedContent({ examples: false });
    for (const row of db().select({ fee: events.fee }).from(events).where(inArray(events.slug, slugs)).all()) {
      expect(Object.values(row.fee).join("")).toBe("");
    }
  });
});

describe("a circular's contact", () => {
  it("is named without an English honorific, which French and Chinese pages would show as is", () => {
    seedIfEmpty({ examples: false });
    db().run(sql`update circulars set contact_name = 'Ms Robin Zuercher' where slug = 'cl-23-15'`);
    seedContent({ examples: false });
    expect(db().select({ name: circulars.contactName }).from(circulars).where(eq(circulars.slug, "cl-23-15")).get()!.name).toBe("Robin Zuercher");
  });
});
