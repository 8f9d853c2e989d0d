import { formatList } from "~/utils/format";
import { formatEventDay } from "~/utils/time";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { listEventsForStaff } from "~/models/event-editing.server";
import { requireStaff } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { endonym, languages, pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

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
      missing: formatList(lang, languages.filter((l) => !e.title[l] || !e.summary[l]).map(endonym)),
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
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("editor.title")}</th>
              <th scope="col">{t("editor.startsAt")}</th>
              <th scope="col">{t("editor.status")}</th>
              <th scope="col">{t("editor.missingColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <a href={`/${lang}/admin/events/${e.id}`}>{e.title}</a>
                  {" · "}
                  <a href={`/${lang}/admin/events/${e.id}/registrants`}>{t("desk.open")}</a>
                </td>
                <td>{e.when}</td>
                <td className={`status-${e.status}`}>{t(`status.${e.status}`)}</td>
                <td>{e.missing || t("editor.complete")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
