import { sessionTimeProblem } from "~/models/programme-rules";
import { getProgramme, type Material } from "~/models/programme.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { formatTimeRange } from "~/utils/time";

/** The programme as the public page shows it: times in the event's zone (and UTC for the visitor's, see LocalTime). */
export function programmeView(lang: Lang, event: { id: number; slug: string; timeZone: string; startsAt: number; endsAt: number }) {
  const programme = getProgramme(event.id);
  const material = (m: Material) => ({
    id: m.id,
    title: pickTranslation(m.title, lang),
    href: m.url ?? `/${lang}/events/${event.slug}/materials/${m.id}`,
    external: m.url !== null,
    kind: m.contentType === "application/pdf" ? "pdf" : m.contentType ? "slides" : "link",
  });
  return {
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      when: formatTimeRange(lang, s.startsAt, s.endsAt, event.timeZone),
      whenUtc: formatTimeRange(lang, s.startsAt, s.endsAt, "UTC"),
      // Left on a day the event no longer has (it was moved or shortened): its time is said to be unsettled.
      unsettled: sessionTimeProblem(s, event) === "outside-event",
      title: pickTranslation(s.title, lang),
      room: Object.keys(s.room).length ? pickTranslation(s.room, lang) : null,
      interpretation: s.interpretation,
      speakers: s.speakers.map(({ id, name, title, organisation }) => ({ id, name, title, organisation })),
      materials: s.materials.map(material),
    })),
    materials: programme.eventMaterials.map(material),
  };
}

export type ProgrammeView = ReturnType<typeof programmeView>;
