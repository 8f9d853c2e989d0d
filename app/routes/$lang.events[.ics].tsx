import type { LoaderFunctionArgs } from "@remix-run/node";
import { allPublicEvents } from "~/models/events.server";
import { publicOrigin } from "~/utils/env.server";
import { buildCalendar } from "~/utils/ical";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { keptDownload } from "~/utils/open-data.server";

/** A subscribable calendar of every public event, in the feed's language. Nothing personal, no join links. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const origin = publicOrigin();
  const host = new URL(origin).hostname;
  const t = getT(lang);
  // Written once per write and language, not per subscriber's poll (issue 19).
  return keptDownload(`events.ics:${lang}`, "text/calendar; charset=utf-8", () =>
    buildCalendar({
      name: `${t("brand.initiative")}${t("dash")}${t("nav.events")}`,
      events: allPublicEvents().map((e) => ({
        uid: `event-${e.id}@${host}`,
        start: e.startsAt,
        end: e.endsAt,
        summary: pickTranslation(e.title, lang).text,
        description: `${pickTranslation(e.summary, lang).text}\n\n${origin}/${lang}/events/${e.slug}`,
        location: pickTranslation(e.venue, lang).text,
        url: `${origin}/${lang}/events/${e.slug}`,
        cancelled: e.status === "cancelled",
        updated: e.updatedAt,
        allDayIn: e.dateOnly ? e.timeZone : undefined,
      })),
    }),
  );
}
