import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicEvent } from "~/models/events.server";
import { publicOrigin } from "~/utils/env.server";
import { textResponse } from "~/utils/feeds.server";
import { buildCalendar } from "~/utils/ical";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { notFound } from "~/utils/http.server";

/** One event as a calendar file: public facts only, never the join link. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const event = getPublicEvent(params.slug ?? "");
  if (!event) throw notFound();
  const origin = publicOrigin();
  const url = `${origin}/${lang}/events/${event.slug}`;
  const ics = buildCalendar({
    name: getT(lang)("brand.siteTitle"),
    events: [
      {
        uid: `event-${event.id}@${new URL(origin).hostname}`,
        start: event.startsAt,
        end: event.endsAt,
        summary: pickTranslation(event.title, lang).text,
        description: `${pickTranslation(event.summary, lang).text}\n\n${url}`,
        location: pickTranslation(event.venue, lang).text,
        url,
        cancelled: event.status === "cancelled",
        updated: event.updatedAt,
        allDayIn: event.dateOnly ? event.timeZone : undefined,
      },
    ],
  });
  return textResponse(ics, "text/calendar; charset=utf-8", {
    "Content-Disposition": `attachment; filename="${event.slug}.ics"`,
  });
}
