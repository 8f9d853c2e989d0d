import { z } from "zod";
import { assuranceLevels, boundaries, ictSubSectors, methodologies, scope3Categories, type CategoryValue } from "~/models/disclosure-types";
import type { DisclosureInput } from "~/models/disclosures.server";
import { cleanText, optionalWebUrl } from "~/utils/forms.server";
import type { Lang } from "~/utils/i18n";
import { isBounded, parseLocalizedNumber } from "~/utils/numbers";

const E = "emissions.errors";
/**
 * A figure as the page's language writes it ("45.678" is forty-five thousand in Spanish, as in the
 * pledge form), or a plain decimal with an exponent ("1.2e3"); never 0x10 nor Infinity.
 */
const readAmount = (v: string, lang: Lang) => {
  const n = parseLocalizedNumber(v, lang);
  return Number.isFinite(n) ? n : /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : NaN;
};
/** Tonnes or MWh: a decimal number, never negative, within NUMBER_LIMIT. */
const amount = (lang: Lang) =>
  z
    .string()
    .trim()
    .min(1, "errors.required")
    // "-0" is read as 0 (adding zero turns −0 into +0), so no page ever writes "−0 t".
    .transform((v) => readAmount(v, lang) + 0)
    // Only the first rule a figure breaks is named: no number at all is not also "negative".
    .refine((n) => !Number.isNaN(n), "errors.number")
    .refine((n) => Number.isNaN(n) || n >= 0, `${E}.negative`)
    .refine((n) => Number.isNaN(n) || isBounded(n), "errors.numberRange");
const optionalAmount = (lang: Lang) =>
  z
    .union([z.literal(""), amount(lang)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));
const many = <T extends string>(allowed: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).filter((s): s is T => (allowed as readonly string[]).includes(s)));

const categoryFields = (lang: Lang) =>
  Object.fromEntries(
    scope3Categories.flatMap((c) => [
      [`cat${c}`, optionalAmount(lang)],
      [`cat${c}Status`, z.enum(["not-calculated", "not-relevant"]).catch("not-calculated")],
    ]),
  ) as Record<string, z.ZodType>;

/**
 * The disclosure form, checked on the server; figures are read in the page's language `lang`, and
 * `now` decides which years are in the future.
 */
export function disclosureSchema(lang: Lang, now = new Date()) {
  const thisYear = now.getUTCFullYear();
  return z
    .object({
      year: z
        .string()
        .trim()
        .min(1, "errors.required")
        .refine((v) => /^\d{4}$/.test(v), "errors.number")
        .transform(Number)
        .refine((y) => y >= 1990, `${E}.yearTooEarly`)
        .refine((y) => y <= thisYear, `${E}.futureYear`),
      boundary: z.enum(boundaries),
      methodology: z.enum(methodologies),
      scope1: amount(lang),
      scope2Location: amount(lang),
      scope2Market: optionalAmount(lang),
      scope3: amount(lang),
      energyMwh: optionalAmount(lang),
      renewableShare: optionalAmount(lang).refine((v) => v === null || v <= 100, `${E}.percent`),
      subSectors: many(ictSubSectors).refine((v) => v.length > 0, `${E}.subSector`),
      assurance: z.enum(assuranceLevels),
      assurer: cleanText(200)
        .optional()
        .transform((v) => v || null),
      reportUrl: optionalWebUrl(500),
      restatementReason: cleanText(2000)
        .optional()
        .transform((v) => v || null),
      ...categoryFields(lang),
    })
    .superRefine((d, ctx) => {
      if (d.assurance !== "none" && !d.assurer) ctx.addIssue({ code: "custom", path: ["assurer"], message: `${E}.assurerRequired` });
      const r = d as unknown as Record<string, number | null>;
      const sum = scope3Categories.reduce((s, c) => s + (r[`cat${c}`] ?? 0), 0);
      if (sum > d.scope3 + 1e-6) ctx.addIssue({ code: "custom", path: ["scope3"], message: `${E}.categoriesAboveTotal` });
    })
    .transform((d): DisclosureInput => {
      const r = d as unknown as Record<string, number | string | null>;
      const scope3Categories_: Record<string, CategoryValue> = {};
      for (const c of scope3Categories)
        scope3Categories_[c] = typeof r[`cat${c}`] === "number" ? (r[`cat${c}`] as number) : (r[`cat${c}Status`] as CategoryValue);
      return {
        year: d.year,
        boundary: d.boundary,
        methodology: d.methodology,
        scope1: d.scope1,
        scope2Location: d.scope2Location,
        scope2Market: d.scope2Market,
        scope3: d.scope3,
        scope3Categories: scope3Categories_,
        energyMwh: d.energyMwh,
        renewableShare: d.renewableShare === null ? null : d.renewableShare / 100,
        subSectors: d.subSectors,
        assurance: d.assurance,
        assurer: d.assurance === "none" ? null : d.assurer,
        reportUrl: d.reportUrl,
        restatementReason: d.restatementReason,
      };
    });
}
