import { describe, expect, it } from "vitest";
import { endorsementOf, insertDeclaration } from "~/test-support/fixtures";
import { declarationCards } from "./declarations.server";
import { endorserPage } from "./endorsement-directory.server";
import type { EndorserCategory } from "./endorsement-types";

function approved(declarationId: number, category: EndorserCategory, country: string, organisation: string, status: "approved" | "pending" = "approved") {
  endorsementOf(declarationId, { category, country, organisation, status });
}

describe("the public list of endorsers", () => {
  it("is in the order of UN lists in the page's language, filters and pages, and shows a new approval at once", () => {
    const d = insertDeclaration({ slug: `dir-${Date.now()}`, title: { en: "Declaration" } }).id;
    approved(d, "government", "SN", "Ministère");
    approved(d, "government", "BR", "Ministério");
    approved(d, "private-sector", "KE", "Safaricom");
    approved(d, "government", "FR", "Ministère", "pending");
    const en = endorserPage(d, "en", {}, 1, 2);
    expect(en.total).toBe(3);
    expect(en.pages).toBe(2);
    expect(en.rows.map((r) => r.name)).toEqual(["Government: Brazil", "Government: Senegal"]);
    expect(Object.keys(en.rows[0]!)).not.toContain("email");
    expect(endorserPage(d, "en", {}, 2, 2).rows.map((r) => r.name)).toEqual(["Safaricom"]);
    // The same list in French, in French order (the colon follows a no-break space, as French writes it).
    expect(endorserPage(d, "fr", {}, 1, 5).rows.map((r) => r.name.replace(/\s/g, " "))).toEqual([
      "Gouvernement : Brésil",
      "Gouvernement : Sénégal",
      "Safaricom",
    ]);
    const africa = endorserPage(d, "en", { region: "africa" }, 1, 5);
    expect(africa.rows.map((r) => r.country)).toEqual(["SN", "KE"]);
    expect([...africa.byCategory]).toEqual([
      ["government", 1],
      ["private-sector", 1],
    ]);
    expect(africa.total).toBe(3);
    expect(endorserPage(d, "en", { category: "private-sector" }, 1, 5).shown).toBe(1);
    expect(endorserPage(d, "en", {}, 1, 5).countries.sort()).toEqual(["BR", "KE", "SN"]);
    // A write after the list was put in order: the next page has it.
    approved(d, "government", "AR", "Ministerio");
    expect(endorserPage(d, "en", {}, 1, 5).rows.map((r) => r.name)).toEqual([
      "Government: Argentina",
      "Government: Brazil",
      "Government: Senegal",
      "Safaricom",
    ]);
  });
});

describe("a declaration's count of endorsements", () => {
  it("counts the listed endorsements only, once for every card and language, and moves with the next approval", () => {
    const slug = `count-${Date.now()}`;
    const d = insertDeclaration({ slug, title: { en: "Declaration" } }).id;
    approved(d, "government", "SN", "Ministère");
    approved(d, "government", "FR", "Ministère", "pending");
    const count = (lang: "en" | "ar") => declarationCards(lang).find((c) => c.slug === slug)?.count;
    expect(count("en")).toBe("1");
    expect(count("ar")).toBe("1");
    approved(d, "private-sector", "KE", "Safaricom");
    expect(count("en")).toBe("2");
    expect(count("ar")).toBe("2");
  });
});
