import { registrationState, type RegistrationInput } from "~/models/events.server";
import type { EventFormat, EventKind } from "~/models/event-types";
import { pickTranslation, type Lang, type Translated } from "~/utils/i18n";
import { formatEventWhen } from "~/utils/time";

type CardSource = RegistrationInput & {
  slug: string;
  kind: EventKind;
  format: EventFormat;
  title: Translated;
  summary: Translated;
  timeZone: string;
  dateOnly?: boolean;
  isExample: boolean;
  pillars?: { slug: string; number: number }[];
};

/** What an event card shows, already in the visitor's language: no translation maps sent to the browser. */
export function eventCard(e: CardSource, lang: Lang, now: number, confirmed = 0) {
  return {
    slug: e.slug,
    kind: e.kind,
    format: e.format,
    title: pickTranslation(e.title, lang),
    summary: pickTranslation(e.summary, lang),
    when: formatEventWhen(lang, e),
    startsAt: e.startsAt,
    isExample: e.isExample,
    cancelled: e.status === "cancelled",
    state: registrationState(e, confirmed, now).kind,
    pillars: e.pillars?.map((p) => p.number) ?? [],
  };
}

export type EventCardView = ReturnType<typeof eventCard>;
