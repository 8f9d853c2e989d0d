import { z } from "zod";
import { cleanText } from "./forms.server";
import { languages } from "./i18n";
import type { Translated } from "../../db/schema";

/**
 * A translatable field posted as name_ar … name_es. Blank languages are dropped; that at least one
 * language is filled in is checked by `requireSomeLanguage` (the error is reported on the English input).
 */
export function translatedFields<N extends string>(name: N, max: number) {
  const shape = Object.fromEntries(languages.map((l) => [`${name}_${l}`, cleanText(max).optional()])) as Record<
    `${N}_${(typeof languages)[number]}`,
    z.ZodOptional<ReturnType<typeof cleanText>>
  >;
  return shape;
}

export function collectTranslated(data: Record<string, unknown>, name: string): Translated {
  const out: Translated = {};
  for (const l of languages) {
    const v = data[`${name}_${l}`];
    if (typeof v === "string" && v.trim() !== "") out[l] = v;
  }
  return out;
}

/** Adds "required" issues for translatable fields with no language filled in. */
export function requireSomeLanguage(names: string[]) {
  return (data: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const name of names) {
      if (Object.keys(collectTranslated(data, name)).length === 0) {
        ctx.addIssue({ code: "custom", path: [`${name}_en`], message: "errors.required" });
      }
    }
  };
}

/**
 * Adds an issue, on the empty one, for each language that has one of two paired fields and not the
 * other (a message's subject and text): the lone half would be dropped, or sent beside the other
 * half in another language.
 */
export function requireSameLanguages(first: string, second: string, message: string) {
  return (data: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const a = collectTranslated(data, first);
    const b = collectTranslated(data, second);
    for (const l of languages) {
      if (!a[l] === !b[l]) continue;
      ctx.addIssue({ code: "custom", path: [`${a[l] ? second : first}_${l}`], message });
    }
  };
}
