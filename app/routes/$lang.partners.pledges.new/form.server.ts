import { z } from "zod";
import { emissionScopes, pledgeKinds } from "~/models/pledge-types";
import { cleanText, nameText, optionalWebUrl, requiredText } from "~/utils/forms.server";
import { languages } from "~/utils/i18n";

/**
 * Measured quantities are real-world figures: beyond a trillion in absolute value (1e308 was
 * accepted before) the progress arithmetic overflows and charts draw NaN.
 */
export const NUMBER_LIMIT = 1e12;
const isBounded = (v: string) => Number.isFinite(Number(v)) && Math.abs(Number(v)) <= NUMBER_LIMIT;
const number = () =>
  z.string().trim().min(1, "errors.required")
    .refine((v) => Number.isFinite(Number(v)), "errors.number")
    .refine(isBounded, "errors.numberRange")
    .transform((v) => Number(v));
const optionalNumber = () =>
  cleanText(20).refine((v) => v === "" || isBounded(v), "errors.numberRange").optional();
const year = () => number().pipe(z.number().int("errors.number").min(1990).max(2100));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.format");

export const PledgeSchema = z
  .object({
    pillarId: z.coerce.number().int().positive(),
    kind: z.enum(pledgeKinds),
    title: nameText(200),
    description: requiredText(5000),
    lang: z.enum(languages),
    metric: requiredText(200),
    unit: requiredText(40),
    baselineYear: year(),
    baselineValue: number(),
    targetYear: year(),
    targetValue: number(),
    scopes: z.union([z.string(), z.array(z.string())]).optional()
      .transform((v) => (Array.isArray(v) ? v : v ? [v] : []).filter((s) => (emissionScopes as readonly string[]).includes(s))),
    disclosesAllScopesYearly: z.literal("on").optional().transform((v) => v === "on"),
    startsOn: date,
    endsOn: z.union([z.literal(""), date]).transform((v) => v || null),
  })
  .superRefine((d, ctx) => {
    if (d.targetYear <= d.baselineYear) ctx.addIssue({ code: "custom", path: ["targetYear"], message: "errors.targetBeforeBaseline" });
  });

export const ReportSchema = z.object({
  year: year(),
  value: number(),
  narrative: requiredText(3000),
  evidenceUrl: optionalWebUrl(500),
  // Only shown for pledges that cover GHG scopes.
  scope1: optionalNumber(),
  scope2: optionalNumber(),
  scope3: optionalNumber(),
});

/** Yearly figures per scope, kept only where a number was given. */
export function scopeValues(d: { scope1?: string; scope2?: string; scope3?: string }) {
  const out: Record<string, number> = {};
  for (const [k, v] of [["1", d.scope1], ["2", d.scope2], ["3", d.scope3]] as const) {
    if (v && Number.isFinite(Number(v))) out[k] = Number(v);
  }
  return Object.keys(out).length ? out : null;
}
