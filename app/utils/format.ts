import type { Lang } from "./i18n";

/** The Intl locale behind each page language. */
const locales: Record<Lang, string> = { ar: "ar", zh: "zh-CN", en: "en-GB", fr: "fr-FR", ru: "ru-RU", es: "es-ES" };

export const intlLocale = (lang: Lang) => locales[lang];

const formatters = new Map<string, unknown>();
/**
 * Intl formatters are slow to build and a page formats many values with the same few, so each
 * is built once per language and options (a handful of keys: languages x zones x styles).
 */
export function memoFormatter<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * A date and time in 24-hour form, as UN documents write them, always with its zone ("UTC", "CEST").
 * Spanish writes the hour without a leading zero ("9:00"): Intl does so in every range of times, so a
 * single time written "09:00" would put both forms on one page.
 */
export const dateTime24h = (lang: Lang): Intl.DateTimeFormatOptions => ({
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: lang === "es" ? "numeric" : "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

/**
 * French as UN and ITU French write it (the Imprimerie nationale's rules), where Intl does otherwise:
 * - the first day of a month as an ordinal, "1er décembre 2026" (Intl: "1 décembre"), only the day of
 *   the month, in a single date as in a range ("1er–3 décembre", "30 novembre – 1er décembre");
 * - hours as "9 h" and "9 h 30" (Intl: "09:00", "09:30"), with no-break spaces, and the dash between
 *   two hours of one day held to them ("14 h – 14 h 40" never ends a line at "14 h –").
 */
function frenchParts(parts: { type: string; value: string }[]): string {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const minute = parts[i + 2];
    if (p.type === "day" && p.value === "1") out.push("1er");
    else if (p.type === "hour" && parts[i + 1]?.type === "literal" && minute?.type === "minute") {
      const hour = String(Number(p.value));
      out.push(minute.value === "00" ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minute.value}`);
      i += 2;
    } else if (p.type === "literal" && p.value.trim() === "–" && parts[i + 1]?.type === "hour") out.push("\u202f–\u202f");
    else out.push(p.value);
  }
  return out.join("");
}

/** Every day-of-month date the portal writes goes through here or through formatDateRangeWith. */
export function formatDateWith(lang: Lang, f: Intl.DateTimeFormat, instant: number | Date): string {
  return lang === "fr" ? frenchParts(f.formatToParts(instant)) : f.format(instant);
}

export function formatDateRangeWith(lang: Lang, f: Intl.DateTimeFormat, start: number, end: number): string {
  return lang === "fr" ? frenchParts(f.formatRangeToParts(start, end)) : f.formatRange(start, end);
}

export function formatDateTime(lang: Lang, instant: number | Date, timeZone = "UTC") {
  return formatDateWith(
    lang,
    memoFormatter(`dt|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(locales[lang], { ...dateTime24h(lang), timeZone })),
    instant,
  );
}

export function formatDate(lang: Lang, instant: number | Date, timeZone = "UTC") {
  return formatDateWith(
    lang,
    memoFormatter(`d|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone })),
    instant,
  );
}

export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions) {
  return unGrouping(
    lang,
    memoFormatter(`n|${lang}|${options ? JSON.stringify(options) : ""}`, () => new Intl.NumberFormat(locales[lang], options)).format(value),
  );
}

/**
 * UN Spanish groups figures of five digits and more by threes with a space ("15 000"; "7500" as
 * it is), where Intl's Spanish writes a full stop ("15.000"), which reads as a decimal sign to many.
 * A Spanish number has no other full stop (its decimal sign is the comma). Other languages as Intl writes them.
 */
export function unGrouping(lang: Lang | string, text: string): string {
  return lang === "es" ? text.replace(/\./g, "\u00a0") : text;
}

/**
 * A stored figure put back into a form field as the page's language writes it ("125 000,5" in
 * Spanish), so that sending the form again reads the same number: "68750.125" would be read as
 * sixty-eight million in Spanish, where the dot groups thousands.
 */
export function formatNumberForInput(lang: Lang, value: number) {
  return formatNumber(lang, value, { maximumFractionDigits: 6 });
}

/** A share from 0 to 1 as a whole percentage in the page's language ("75 %", "٧٥٪"). */
export function formatPercent(lang: Lang, share: number) {
  return formatNumber(lang, share, { style: "percent", maximumFractionDigits: 0 });
}

/** A calendar date stored as YYYY-MM-DD, written out in the page's language; the day never shifts. */
export function formatCalendarDate(lang: Lang, day: string) {
  return formatDate(lang, Date.parse(`${day}T12:00:00Z`));
}

/** Two calendar days ("2023-12-01", "2030-12-31") as one range in the language ("1 December 2023 – 31 December 2030"). */
export function formatCalendarDayRange(lang: Lang, first: string, last: string) {
  return formatDayRange(lang, Date.parse(`${first}T12:00:00Z`), Date.parse(`${last}T12:00:00Z`), "UTC");
}

/** Items joined as the page's language joins them ("A, B and C", "A، وB وC", "A、B和C"). */
export function formatList(lang: Lang, items: string[], type: Intl.ListFormatType = "conjunction") {
  return memoFormatter(`list|${lang}|${type}`, () => new Intl.ListFormat(locales[lang], { style: "long", type })).format(items);
}

/** The days something lasted, as one range in the language ("16–18 November 2024"), counted in its own zone. */
export function formatDayRange(lang: Lang, start: number, end: number, timeZone: string) {
  const f = memoFormatter(`dr|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(locales[lang], { dateStyle: "long", timeZone }));
  // An event ending at midnight ended the day before.
  const last = Math.max(start, end - 1);
  if (lang !== "zh" || f.format(start) === f.format(last)) return formatDateRangeWith(lang, f, start, last);
  // ICU's Chinese date ranges fall back to "2026/11/24 – 2026/11/25": written out as Chinese does,
  // 2026年11月24日—11月25日, joined by the one-em dash that GB/T 15834 sets for ranges (the year
  // once when both days share it). Event pages (formatEventDays in time.ts) use this too.
  const year = (t: number) => memoFormatter(`y|${timeZone}`, () => new Intl.DateTimeFormat("en", { timeZone, year: "numeric" })).format(t);
  const monthDay = memoFormatter(`md|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(locales[lang], { timeZone, month: "long", day: "numeric" }));
  return `${f.format(start)}—${year(start) === year(last) ? monthDay.format(last) : f.format(last)}`;
}

/**
 * The space set beside a punctuation sign — after a full stop or a label's colon, before an opening
 * bracket: none in Chinese, whose full-width signs 。：（ carry their own («协调世界时（UTC）：2026年…»).
 */
export const signSpace = (lang: Lang) => (lang === "zh" ? "" : " ");

/** Sentences run on in one paragraph, spaced as the language spaces them. */
export const joinSentences = (lang: Lang, sentences: string[]) => sentences.join(signSpace(lang));
