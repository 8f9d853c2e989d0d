import { describe, expect, it } from "vitest";
import { getT } from "~/utils/i18n.server";
import type { Lang } from "~/utils/i18n";
import { retentionPeriods } from "./periods.server";

const all = (days: number) => ({
  RETAIN_CANCELLED_REGISTRATIONS_DAYS: days,
  RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS: days,
  RETAIN_CLOSED_ENDORSEMENTS_DAYS: days,
  RETAIN_EMAIL_BODIES_DAYS: days,
});
const kept = (lang: Lang, days: number) => getT(lang)("privacy.emails.kept", retentionPeriods(getT(lang), all(days)));

describe("the privacy notice counts its retention days as each language counts", () => {
  // Arabic: one, two, 3–10 with a plural, 11–99 with an accusative singular, 100 with a genitive singular.
  it.each([
    [1, "بعد يوم واحد من تسليمها"],
    [2, "بعد يومين من تسليمها"],
    [3, "بعد 3 أيام من تسليمها"],
    [11, "بعد 11 يوماً من تسليمها"],
    [30, "بعد 30 يوماً من تسليمها"],
    [100, "بعد 100 يوم من تسليمها"],
    [365, "بعد 365 يوماً من تسليمها"],
  ])("ar: %i", (days, phrase) => expect(kept("ar", days)).toContain(phrase));

  it.each([
    ["ru", 1, "через 1 день после"],
    ["ru", 3, "через 3 дня после"],
    ["ru", 30, "через 30 дней после"],
    ["en", 1, "1 day after delivery"],
    ["en", 30, "30 days after delivery"],
    ["fr", 1, "1 jour après"],
    ["es", 365, "365 días después"],
    ["zh", 30, "投递后30天删除"],
  ] as const)("%s: %i", (lang, days, phrase) => expect(kept(lang, days)).toContain(phrase));

  it("ru: the sentence still ends where «дн.» once ended it", () => {
    const t = getT("ru");
    expect(t("privacy.endorsement.kept", retentionPeriods(t, all(30)))).toContain("через 30 дней. ");
  });

  it("names every period on the page, none left as a bare figure", () => {
    const t = getT("ar");
    for (const form of ["registration", "endorsement", "emails"]) expect(t(`privacy.${form}.kept`, retentionPeriods(t, all(30)))).toContain("30 يوماً");
  });
});
