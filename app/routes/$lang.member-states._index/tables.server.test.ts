import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { regionTablesHtml } from "./tables.server";
import type { DirectoryView } from "./view.server";

const t = ((key: string) => key) as unknown as TFunction;
const state = { code: "AO", href: "/en/member-states/ao", name: "Angola", status: "not-recorded", verifiedBy: null, date: null } as const;
const regions: DirectoryView["regions"] = [
  { region: "africa", label: "Africa", states: [state] },
  { region: "europe", label: "Europe", states: [] },
];

describe("the Member States' tables by region", () => {
  it("names each table by its region's heading, as a screen reader lists tables", () => {
    const html = regionTablesHtml(t, { regions, selected: null });
    const tables = [...html.matchAll(/<table[^>]*>/g)].map((m) => /aria-labelledby="([^"]+)"/.exec(m[0])?.[1]);
    expect(tables).toEqual(["region-africa", "region-europe"]);
    for (const id of tables) expect(html).toContain(`<h2 id="${id}">`);
  });

  it("marks a declaration title shown in another language with that language and direction", () => {
    const selected = { slug: "d", title: { text: "إعلان", lang: "ar" as const, isFallback: true } };
    expect(regionTablesHtml(t, { regions, selected })).toContain('<th scope="col"><span lang="ar" dir="rtl">إعلان</span></th>');
    const own = { slug: "d", title: { text: "Declaration", lang: "en" as const, isFallback: false } };
    expect(regionTablesHtml(t, { regions, selected: own })).toContain('<th scope="col">Declaration</th>');
  });
});
