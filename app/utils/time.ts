import { dateTime24h, formatDateRangeWith, formatDateWith, formatDayRange, intlLocale, memoFormatter } from "./format";
import type { Lang } from "./i18n";

const partsFormatter = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string) {
  let f = partsFormatter.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatter.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: +p.year!, m: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! };
}

/** The zone's offset from UTC at that instant, in milliseconds (Zurich in July: +2 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
}

/**
 * Whether "YYYY-MM-DDTHH:MM" names a real day and time: "2026-02-30T10:00" or "2026-99-99T99:99"
 * has the shape but would roll over into another date (Date.UTC counts on past the month's end).
 */
export function isWallTime(local: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60;
}

/** "2023-07-11T15:00" read as a wall-clock time in the zone, to a UTC instant (null unless a real day and time). */
export function zonedWallTimeToInstant(local: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isWallTime(local)) return null;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  let instant = asUtc - zoneOffsetMs(asUtc, timeZone);
  const second = zoneOffsetMs(instant, timeZone);
  if (asUtc - second !== instant) instant = asUtc - second;
  return instant;
}

/** The instant as "YYYY-MM-DDTHH:MM" wall-clock time in the zone, for a datetime-local field. */
export function instantToZonedWallTime(instant: number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "Tuesday 11 July 2023, 15:00–16:30 CEST" in the page's language, in the given zone. */
const ranges = new Map<string, string>();
export function formatTimeRange(lang: Lang, start: number, end: number, timeZone: string): string {
  // formatRange is slow and lists show the same events again and again: keep recent results.
  const key = `${lang}|${start}|${end}|${timeZone}`;
  let text = ranges.get(key);
  if (text === undefined) {
    if (ranges.size > 5000) ranges.clear();
    text = formatRangeNow(lang, start, end, timeZone);
    ranges.set(key, text);
  }
  return text;
}

function formatRangeNow(lang: Lang, start: number, end: number, timeZone: string): string {
  const f = memoFormatter(`range|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(lang), { timeZone, weekday: "long", ...dateTime24h(lang) }));
  return formatDateRangeWith(lang, f, start, end);
}

/** The zone's short name at that instant ("CEST" in summer, "CET" in winter, in English). */
export function zoneAbbreviation(lang: Lang, instant: number, timeZone: string): string {
  const parts = memoFormatter(`zone|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(intlLocale(lang), { timeZone, timeZoneName: "short" })).formatToParts(
    instant,
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * The zone's name in the reader's language ("heure d'Europe centrale", "توقيت وسط أوروبا", "中欧时间"),
 * as CLDR gives it, without summer or winter time: a reader in Nairobi does not read "Europe/Zurich".
 * The offset at the event's hour is already in the time shown beside it.
 */
export function zoneName(lang: Lang, instant: number, timeZone: string): string {
  const parts = memoFormatter(
    `zoneName|${lang}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { timeZone, timeZoneName: "longGeneric" }),
  ).formatToParts(instant);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** An event's date alone, as the sources give it ("Saturday 16 November 2024"), in its own zone. */
export function formatEventDay(lang: Lang, start: number, timeZone: string): string {
  const f = memoFormatter(
    `day|${lang}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { timeZone, weekday: "long", year: "numeric", month: "long", day: "numeric" }),
  );
  return formatDateWith(lang, f, start);
}

/**
 * The days of an event the sources give by date only, in its own zone: one day as formatEventDay, or
 * the first to the last day ("30 November – 12 December 2023"). The end is the midnight after the
 * last day, as a date-only event is stored (and as iCalendar's DTEND reads it).
 */
export function formatEventDays(lang: Lang, start: number, end: number, timeZone: string): string {
  const last = Math.max(start, end - 1);
  const days = memoFormatter(
    `days|${lang}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { timeZone, year: "numeric", month: "long", day: "numeric" }),
  );
  if (days.format(start) === days.format(last)) return formatEventDay(lang, start, timeZone);
  return formatDayRange(lang, start, end, timeZone);
}

/** When an event takes place: its dates alone when the sources give no time, else its hours and zone. */
export function formatEventWhen(lang: Lang, e: { startsAt: number; endsAt: number; timeZone: string; dateOnly?: boolean }, zone = e.timeZone): string {
  return e.dateOnly ? formatEventDays(lang, e.startsAt, e.endsAt, e.timeZone) : formatTimeRange(lang, e.startsAt, e.endsAt, zone);
}
