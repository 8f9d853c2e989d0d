import { describe, expect, it } from "vitest";
import { languages } from "~/utils/i18n";

// The public totals and charts add scope 2 market-based where it was reported (location-based
// otherwise), as the total does; a bare "Scope 2" left a reader guessing which of the two columns
// of the organisation's own table it was.
const marketWord = { en: "market", fr: "marché", es: "mercado", ru: "рыночному", zh: "基于市场", ar: "السوق" } as const;

describe("the public scope 2 figures say which scope 2 they add", () => {
  it.each(languages)("%s: the chart legend and the totals column name the market-based method", async (lang) => {
    const common = (await import(`../../locales/${lang}/common.json`)).default;
    expect(common.emissions.column.scope2Market).toContain(marketWord[lang]);
    expect(common.emissions.chart.scope2).toContain(marketWord[lang]);
    expect(common.emissions.totals.scope2).toContain(marketWord[lang]);
  });
});
