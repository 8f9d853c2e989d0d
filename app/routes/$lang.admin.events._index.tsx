import { formatList } from "~/utils/format";
import { formatEventDay } from "~/utils/time";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { listEventsForStaff } from "~/models/event-editing.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDateTime } from "~/utils/format";
import { languageName, languages, pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { DataTable } from "~/components/DataTable";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "editor"]);
  return {
    lang,
    meta: metaFor(lang, getT(lang, "admin")("editor.eventsTitle")),
    events: listEventsForStaff().map((e) => ({
      id: e.id,
      title: pickTranslation(e.title, lang).text,
      status: e.status,
      isExample: e.isExample,
      when: e.dateOnly ? formatEventDay(lang, e.startsAt, e.timeZone) : formatDateTime(lang, e.startsAt, e.timeZone),
      // Title and summary are what every visitor sees first: those are the languages that matter most.
      missing: formatList(
        lang,
        languages.filter((l) => !e.title[l] || !e.summary[l]).map((l) => languageName(l, lang)),
      ),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function StaffEvents() {
  const { t } = useTranslation("admin");
  const { lang, events } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("editor.eventsTitle")}</h1>
      <p>
        <a className="button" href={`/${lang}/admin/events/new`}>
          {t("editor.newEvent")}
        </a>
      </p>
      <DataTable
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          {
            header: t("editor.title"),
            cell: (e) => (
              <>
                <a href={`/${lang}/admin/events/${e.id}`}>{e.title}</a>
                {" · "}
                <a href={`/${lang}/admin/events/${e.id}/registrants`}>{t("desk.open")}</a>
              </>
            ),
          },
          { header: t("editor.startsAt"), cell: (e) => e.when },
          {
            header: t("editor.status"),
            cell: (e) => (e.status === "published" ? t("status.published.events") : t(`status.${e.status}`)),
            className: (e) => `status-${e.status}`,
          },
          { header: t("editor.missingColumn"), cell: (e) => e.missing || t("editor.complete") },
        ]}
      />
    </>
  );
}
