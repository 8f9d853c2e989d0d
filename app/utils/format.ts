import type { Lang } from "./i18n";

/** The Intl locale behind each page language. */
const locales: Record<Lang, string> = { ar: "ar", zh: "zh-CN", en: "en-GB", fr: "fr-FR", ru: "ru-RU", es: "es-ES" };

export const intlLocale = (lang: Lang) => locales[lang];

export function formatDateTime(lang: Lang, instant: number | Date, timeZone = "UTC") {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeStyle: "short", timeZone }).format(instant);
}

export function formatDate(lang: Lang, instant: number | Date, timeZone = "UTC") {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone }).format(instant);
}

export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(locales[lang], options).format(value);
}
