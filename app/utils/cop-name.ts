import type { Lang } from "./i18n";

/**
 * A Conference of the Parties as the page's language names it. The portal stores the symbol the
 * declarations use ("COP29"); Russian names the conference «КС-29» (CL-24/63: «Декларация КС-29»,
 * «председатель КС-29»; glossary, term 41). The other languages write the symbol as it is.
 */
export function copName(lang: Lang, cop: string): string {
  const n = /^COP\s?-?(\d+)$/i.exec(cop.trim());
  if (!n) return cop;
  return lang === "ru" ? `КС-${n[1]}` : cop;
}
