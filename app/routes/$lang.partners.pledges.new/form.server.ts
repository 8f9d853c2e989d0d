import { z } from "zod";
import { listPillars } from "~/models/pillars.server";
import { emissionScopes, pledgeKinds } from "~/models/pledge-types";
import type { AppLoadContext } from "@remix-run/node";
import { calendarDay, cleanText, nameText, optionalWebUrl, parseSubmission, requiredText } from "~/utils/forms.server";
import { languages, type Lang } from "~/utils/i18n";
import { isBounded, parseLocalizedNumber } from "~/utils/numbers";

// Figures are read as the page's language writes them: "1 000 000" in French, "1,000,000" in English.
const number = (lang: Lang) =>
  z
    .string()
    .trim()
    .min(1, "errors.required")
    .refine((v) => Number.isFinite(parseLocalizedNumber(v, lang)), "errors.number")
    .refine((v) => isBounded(parseLocalizedNumber(v, lang)), "errors.numberRange")
    .transform((v) => parseLocalizedNumber(v, lang));
const optionalNumber = (lang: Lang) =>
  cleanText(20)
    .optional()
    .refine((v) => !v || Number.isFinite(parseLocalizedNumber(v, lang)), "errors.number")
    .refine((v) => !v || isBounded(parseLocalizedNumber(v, lang)), "errors.numberRange")
    .transform((v) => (v ? parseLocalizedNumber(v, lang) : undefined));
const year = (lang: Lang) => number(lang).pipe(z.number().int("errors.number").min(1990).max(2100));
const date = calendarDay();

/** `pillarIds`: the pillars offered (a forged id is a field error, not a foreign-key failure). */
export const pledgeSchema = (lang: Lang, pillarIds: number[]) =>
  z
    .object({
      pillarId: z.coerce
        .number()
        .int()
        .refine((id) => pillarIds.includes(id), "errors.choice"),
      kind: z.enum(pledgeKinds),
      title: nameText(200),
      description: requiredText(5000),
      lang: z.enum(languages),
      metric: requiredText(200),
      unit: requiredText(40),
      baselineYear: year(lang),
      baselineValue: number(lang),
      targetYear: year(lang),
      targetValue: number(lang),
      scopes: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).filter((s) => (emissionScopes as readonly string[]).includes(s))),
      disclosesAllScopesYearly: z
        .literal("on")
        .optional()
        .transform((v) => v === "on"),
      startsOn: date,
      endsOn: z.union([z.literal(""), date]).transform((v) => v || null),
    })
    .superRefine((d, ctx) => {
      if (d.targetYear <= d.baselineYear) ctx.addIssue({ code: "custom", path: ["targetYear"], message: "errors.targetBeforeBaseline" });
      // calendarDay() gives YYYY-MM-DD, which compares as text in date order.
      if (d.endsOn && d.endsOn < d.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "errors.endBeforeStart" });
    });

/**
 * A partner's pledge form, new or revised, read and checked against the form as offered now (its
 * pillar one of those listed), for a signed-in partner.
 */
export function parsePledgeForm(args: { request: Request; context: AppLoadContext; lang: Lang; form?: FormData | null }) {
  const schema = pledgeSchema(
    args.lang,
    listPillars().map((p) => p.id),
  );
  return parseSubmission({ ...args, schema, guard: { kind: "signed-in" } });
}

/** A scope's emissions for a year, as a disclosure takes them: a figure of zero or more. */
const optionalEmissions = (lang: Lang) =>
  optionalNumber(lang)
    .refine((v) => v === undefined || v >= 0, "emissions.errors.negative")
    // "-0" is kept as 0 (adding zero turns −0 into +0), as on the disclosure form.
    .transform((v) => (v === undefined ? v : v + 0));

/**
 * A progress report is about a year that has begun (`now` decides which): a report "for 2099" would
 * count as the latest, set the pledge's public status and keep it from ever being overdue. Nor is it
 * about a year before the pledge's baseline: a report "for 1995" stretched the public chart back
 * 25 years and measured progress towards a target from before it was set.
 */
export const reportSchema = (lang: Lang, now = new Date(), baselineYear = 1990) =>
  z.object({
    year: year(lang)
      .refine((y) => y <= now.getUTCFullYear(), "emissions.errors.futureYear")
      .refine((y) => y >= baselineYear, "pledgeForm.reportBeforeBaseline"),
    value: number(lang),
    narrative: requiredText(3000),
    evidenceUrl: optionalWebUrl(500),
    // Only shown for pledges that cover GHG scopes.
    scope1: optionalEmissions(lang),
    scope2: optionalEmissions(lang),
    scope3: optionalEmissions(lang),
  });

/** Yearly figures per scope, kept only where a number was given. */
export function scopeValues(d: { scope1?: number; scope2?: number; scope3?: number }) {
  const out: Record<string, number> = {};
  for (const [k, v] of [
    ["1", d.scope1],
    ["2", d.scope2],
    ["3", d.scope3],
  ] as const) {
    if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length ? out : null;
}
