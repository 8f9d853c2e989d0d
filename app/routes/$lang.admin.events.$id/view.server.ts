import { historyFor } from "~/models/audit.server";
import { editingChoices, getEventForEditing } from "~/models/event-editing.server";
import { sessionTimeProblem } from "~/models/programme-rules";
import { getProgramme } from "~/models/programme.server";
import { circularDesignation } from "~/utils/circular-designation";
import { formatDateTime } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { metaFor } from "~/utils/meta.server";
import { editorPreviews } from "~/utils/markdown.server";
import { instantToZonedWallTime } from "~/utils/time";

/** What the event editor shows: the event's fields as typed (times in its own zone), the lists it offers, its history. */
export function editorView(lang: Lang, id: number | null) {
  const event = id === null ? null : getEventForEditing(id);
  if (id !== null && !event) throw notFound();
  const zone = event?.timeZone ?? "Europe/Zurich";
  const wall = (v: number | null | undefined) => (v ? instantToZonedWallTime(v, zone) : "");
  const choices = editingChoices();
  const t = getT(lang, "admin");
  return {
    lang,
    meta: metaFor(lang, event ? t("editor.editEvent") : t("editor.newEvent")),
    isNew: id === null,
    previews: editorPreviews(event),
    event: event && {
      ...event,
      startsAt: wall(event.startsAt),
      endsAt: wall(event.endsAt),
      registrationOpensAt: wall(event.registrationOpensAt),
      registrationClosesAt: wall(event.registrationClosesAt),
    },
    // Sessions a new date left outside the event: the programme would show them on days it no longer has.
    // Judged by the rule a session is saved by (programme-rules), as the programme pages judge it.
    sessionsOutside: event ? getProgramme(event.id).sessions.filter((s) => sessionTimeProblem(s, event) === "outside-event").length : 0,
    // A TSB circular is named as the page's language names it (glossary term 3), as on the public pages.
    circulars: choices.circulars.map((c) => ({ ...c, reference: circularDesignation(c.reference, getT(lang)) })),
    pillars: choices.pillars.map((p) => ({ id: p.id, title: `${p.number}. ${pickTranslation(p.title, lang).text}` })),
    history: id === null ? [] : historyFor("event", id).map((h) => ({ ...h, at: formatDateTime(lang, h.at) })),
  };
}
