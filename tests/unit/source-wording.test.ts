import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Interface texts that state what the sources state, and no more.
const root = path.resolve(__dirname, "../..");
const common = (lang: string) => JSON.parse(fs.readFileSync(path.join(root, "locales", lang, "common.json"), "utf8"));

describe("interface texts keep to the sources", () => {
  // CL-24/63: the Declaration is endorsed by an official letter or note verbale to the COP29
  // Presidency, or by email to it. The portal keeps a record of an endorsement; it does not take one.
  const records: Record<string, RegExp> = {
    ar: /تسجيل تأييد/,
    en: /record their endorsement/,
    es: /registrar .*su refrendo/,
    fr: /enregistrer ici leur approbation/,
    ru: /зарегистрировать свое одобрение/,
    zh: /登记对本宣言的认可/,
  };
  it.each(Object.entries(records))("%s: the endorsement form records an endorsement", (lang, re) => {
    expect(common(lang).endorse.intro).toMatch(re);
  });

  // Resolution 1429 and the report to the Council: −45 % by 2030 against 2020. The sector's index
  // starts its path in 2020, so the text under it names the year.
  it.each(Object.keys(records))("%s: the sector's index names 2020 as the year the −45 %% is counted from", (lang) => {
    expect(common(lang).emissions.index.explain).toMatch(/2020/);
  });

  it("en: the Member States page names «the» declaration", () => {
    expect(common("en").memberStates.endorsedCount).toContain("endorsed the {{declaration}}");
    expect(common("en").memberStates.mapLabel).toContain("endorsed the {{declaration}}");
  });
});
