import { useTranslation } from "~/utils/use-translation";
import type { EventCardView } from "~/models/event-cards.server";
import { useLang } from "~/utils/use-lang";
import { Badge, T } from "./content";

export function EventCard({ event, headingLevel = 3 }: { event: EventCardView; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = useLang();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card event-card">
      <p className="card-meta">
        <span>{t(`eventKind.${event.kind}`)}</span> · <span>{t(`eventFormat.${event.format}`)}</span>
        {event.isExample ? (
          <>
            {" "}
            <Badge tone="example">{t("events.example")}</Badge>
          </>
        ) : null}
        {event.cancelled ? (
          <>
            {" "}
            <Badge tone="warning">{t("events.cancelled")}</Badge>
          </>
        ) : null}
      </p>
      <H>
        <a href={`/${lang}/events/${event.slug}`}>
          <T picked={event.title} />
        </a>
      </H>
      <p className="card-when">
        <time dateTime={new Date(event.startsAt).toISOString()}>{event.when}</time>
      </p>
      <T picked={event.summary} as="p" />
      <p className="card-state">{t(`registration.short.${event.state}`)}</p>
    </article>
  );
}

/** Event cards in a grid, or a sentence saying there are none. */
export function EventCardGrid({ events, empty }: { events: EventCardView[]; empty: string }) {
  if (!events.length) return <p>{empty}</p>;
  return (
    <div className="card-grid">
      {events.map((e) => (
        <EventCard key={e.slug} event={e} />
      ))}
    </div>
  );
}
