import { describe, expect, it } from "vitest";
import { memberStateCodes } from "~/models/member-states.server";
import { intlLocale } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { directoryView } from "./view.server";
import { sortingName } from "~/utils/country-options";

describe("the Member States' list", () => {
  for (const lang of ["ar", "zh", "fr"] as const) {
    it(`names every Member State once, within its region in the order of ${lang} collation (Arabic without the article)`, () => {
      const view = directoryView(lang, getT(lang), null);
      const listed = view.regions.flatMap((r) => r.states.map((s) => s.code));
      expect([...listed].sort()).toEqual([...memberStateCodes].sort());
      const collator = new Intl.Collator(intlLocale(lang));
      for (const region of view.regions) {
        const names = region.states.map((s) => s.name);
        expect(names).toEqual([...names].sort((a, b) => collator.compare(sortingName(lang, a), sortingName(lang, b))));
      }
    });
  }
});
