import { useTranslation } from "~/utils/use-translation";

/** The way back from one of an event's admin pages: the event's editor and its registrant desk. */
export function EventAdminLinks({ lang, event }: { lang: string; event: { id: number; title: string } }) {
  const { t } = useTranslation("admin");
  return (
    <p>
      <a href={`/${lang}/admin/events/${event.id}`}>{event.title}</a>
      {" · "}
      <a href={`/${lang}/admin/events/${event.id}/registrants`}>{t("desk.title")}</a>
    </p>
  );
}
