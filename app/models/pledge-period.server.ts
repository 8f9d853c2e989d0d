import { formatCalendarDate, formatCalendarDayRange } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";

/** The days a pledge runs, as its page and the secretariat's review show them: one range, or "from" its start when it has no end. */
export function pledgePeriod(lang: Lang, p: { startsOn: string; endsOn: string | null }): string {
  return p.endsOn ? formatCalendarDayRange(lang, p.startsOn, p.endsOn) : getT(lang)("pledgePage.since", { date: formatCalendarDate(lang, p.startsOn) });
}
