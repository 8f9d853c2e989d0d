import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { DataTable } from "~/components/DataTable";
import { secretariatWorkList } from "~/models/dashboard.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { isolate } from "~/utils/bidi";

type Role = "admin" | "editor" | "reviewer";
/** Each queue, where it is worked, and who works it (the same roles its page admits). */
const queues = [
  { key: "endorsements", path: "endorsements", roles: ["admin", "reviewer"] },
  { key: "partnerRequests", path: "partners", roles: ["admin", "reviewer"] },
  { key: "pledgesToReview", path: "pledges", roles: ["admin", "reviewer"] },
  { key: "overdueReports", path: "pledges#late", roles: ["admin", "reviewer"] },
  { key: "joinRequests", path: "working-groups", roles: ["admin", "editor", "reviewer"] },
  { key: "failedEmails", path: "outbox", roles: ["admin"] },
] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang);
  const work = secretariatWorkList();
  const role = user.role as Role;
  return {
    user,
    lang,
    meta: metaFor(lang, getT(lang, "admin")("dashboard.title")),
    queues: queues
      .filter((q) => (q.roles as readonly Role[]).includes(role))
      .map((q) => ({ key: q.key, href: `/${lang}/admin/${q.path}`, count: work[q.key], countText: formatNumber(lang, work[q.key]) })),
    events:
      role === "reviewer"
        ? []
        : work.events.map((e) => ({
            id: e.id,
            title: pickTranslation(e.title, lang),
            when: formatDateTime(lang, e.startsAt, e.timeZone),
            capacity: e.capacity === null ? null : formatNumber(lang, e.capacity),
            taken: formatNumber(lang, e.taken),
            held: formatNumber(lang, e.held),
            waiting: formatNumber(lang, e.waiting),
          })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Dashboard() {
  const { user, lang, queues, events } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <p>{t("dashboard.welcome", { name: isolate(user.name) })}</p>
      <h2 id="work">{t("dashboard.workList")}</h2>
      <ul className="work-list" aria-labelledby="work">
        {queues.map((q) => (
          <li key={q.key} className={q.count ? "work-item work-waiting" : "work-item"}>
            <a href={q.href} data-testid={`queue-${q.key}`}>
              <span className="work-count">{q.countText}</span> <span>{t(`dashboard.queues.${q.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      {user.role !== "reviewer" ? (
        <DataTable
          caption={t("dashboard.nextEvents")}
          rows={events}
          rowKey={(e) => e.id}
          rowProps={(e) => ({ "data-testid": `event-${e.id}` })}
          empty={t("dashboard.noEvents")}
          columns={[
            {
              header: t("layout.events"),
              rowHeader: true,
              cell: (e) => (
                <>
                  <a href={`/${lang}/admin/events/${e.id}/registrants`}>
                    <T picked={e.title} />
                  </a>
                  <br />
                  <span className="muted">{e.when}</span>
                </>
              ),
            },
            { header: t("dashboard.capacity"), cell: (e) => e.capacity ?? "—" },
            { header: t("dashboard.taken"), cell: (e) => e.taken },
            { header: t("dashboard.held"), cell: (e) => e.held },
            { header: t("dashboard.waiting"), cell: (e) => e.waiting },
          ]}
        />
      ) : null}
    </>
  );
}
