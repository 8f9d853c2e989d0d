import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Pagination } from "~/components/content";
import { FilterSelect } from "~/components/FilterSelect";
import { AskAgain, FlashNotice, noticesUnder } from "~/components/FlashNotice";
import { decideRegistration, typeSeatsFull } from "~/models/registrant-desk.server";
import { ParticipationTypeCounts } from "~/components/ParticipationTypeCounts";
import { eventDesk } from "~/auth/event-desk.server";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { isolate } from "~/utils/bidi";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { conflict } from "~/utils/http.server";
import { DeskQuery, deskList, deskSummary } from "./view.server";
import { Decide, RegistrantsTable, Tally } from "./RegistrantsTable";

const DECISIONS = ["approve", "reject", "reinstate", "promote", "attended", "absent"] as const;
const Decision = () =>
  z.object({
    id: z.coerce.number().int().positive(),
    decision: z.enum(DECISIONS),
    back: z.string().max(500).optional(),
    // Set by the second, confirming click: a rejection, or a seat given beyond the capacity.
    confirmed: z.literal("1").optional(),
  });

export function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, event } = eventDesk(request, params);
  const url = new URL(request.url);
  const query = DeskQuery().parse(Object.fromEntries(url.searchParams));
  return {
    lang,
    query,
    back: url.pathname + url.search,
    meta: metaFor(lang, getT(lang, "admin")("desk.title")),
    event: { id: event.id, title: pickTranslation(event.title, lang).text, capacity: event.capacity },
    ...deskSummary(lang, event.id),
    ...deskList(lang, event, query),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, user, event } = eventDesk(request, params);
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const base = `/${lang}/admin/events/${event.id}/registrants`;
  // The list the decision was taken on, without the question it may have answered (once decided, the
  // page must not ask it again) nor the outcome of the one before (it would say "approved" above the
  // question whether to approve).
  const url = new URL(s.data.back?.startsWith(base) ? s.data.back : base, "http://x");
  url.searchParams.delete("confirm");
  url.searchParams.delete("done");
  if (needsConfirmation(s.data.decision, typeSeatsFull(event.id, s.data.id).full) && !s.data.confirmed) {
    url.searchParams.set("confirm", `${s.data.decision}:${s.data.id}`);
    return redirect(`${url.pathname}${url.search}`);
  }
  if (!decideRegistration(event.id, s.data.id, s.data.decision, user.id)) throw conflict();
  url.searchParams.set("done", s.data.decision);
  return redirect(`${url.pathname}${url.search}`);
}

/** Rejecting someone, or confirming a seat their participation type does not have, is asked twice. */
function needsConfirmation(decision: string, typeFull: boolean) {
  return decision === "reject" || ((decision === "promote" || decision === "approve") && typeFull);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

const FILTERED_STATUSES = ["confirmed", "held", "waiting", "pending", "unverified", "expired", "rejected", "cancelled"] as const;

export default function RegistrantDesk() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, event, counts, stats, types, seats, registrants, query, pages, back } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const base = `/${lang}/admin/events/${event.id}/registrants`;
  const [asked, askedId] = (search.get("confirm") ?? "").split(":");
  const askedFor = registrants.find((r) => String(r.id) === askedId);
  const labels: Record<string, string> = { reject: t("desk.reject"), promote: t("desk.promote"), approve: t("desk.approve") };
  return (
    <>
      <h1>{t("desk.title")}</h1>
      <FlashNotice notices={noticesUnder("admin:desk.done", DECISIONS)} />
      {askedFor && labels[asked!] ? (
        <AskAgain>
          <p>
            {asked === "reject"
              ? t("desk.confirmReject", { name: isolate(askedFor.name) })
              : t("desk.confirmOverCapacity", { name: isolate(askedFor.name), capacity: askedFor.typeCapacity ?? 0 })}
          </p>
          <div className="inline-form">
            <Decide id={askedFor.id} decision={asked!} label={labels[asked!]!} back={back} confirmed />
            <a href={back.replace(/([?&])confirm=[^&]*&?/, "$1").replace(/[?&]$/, "")}>{t("desk.keep")}</a>
          </div>
        </AskAgain>
      ) : null}
      <p>
        <a href={`/${lang}/admin/events/${event.id}`}>{event.title}</a>
        {" · "}
        <a href={`/${lang}/admin/events/${event.id}/types`}>{t("types.title")}</a>
        {seats !== null ? ` · ${t("desk.capacity", { count: seats })}` : null}
      </p>
      <dl className="stats">
        {counts.map((c) => (
          <div key={c.key}>
            <dt>{t(`desk.counts.${c.key}`)}</dt>
            <dd data-testid={`count-${c.key}`}>{c.n}</dd>
          </div>
        ))}
      </dl>
      <ParticipationTypeCounts rows={types} />
      <p>
        <a href={`${base}.csv`}>{t("desk.csv")}</a>
        {" · "}
        <a href={`/${lang}/admin/events/${event.id}/messages`}>{t("desk.write")}</a>
        {" · "}
        <a href={`/${lang}/admin/events/${event.id}/certificates`}>{t("certificates.title")}</a>
      </p>
      <Form method="get" className="filters">
        <label>
          {t("desk.search")}
          <input type="search" name="q" defaultValue={query.q} />
        </label>
        <FilterSelect
          name="status"
          label={t("editor.status")}
          value={query.status}
          options={FILTERED_STATUSES.map((s) => ({ value: s, label: tc(`registrationStatus.${s}`) }))}
        />
        {types.length > 1 ? (
          <FilterSelect name="type" label={t("types.type")} value={query.type} options={types.map((ty) => ({ value: ty.id, label: ty.name }))} />
        ) : null}
        <button type="submit" className="button">
          {t("desk.filter")}
        </button>
      </Form>
      <RegistrantsTable registrants={registrants} back={back} />
      <Pagination
        page={query.page}
        pages={pages}
        hrefFor={(p) =>
          `${base}?${new URLSearchParams({ q: query.q, status: query.status ?? "", type: query.type ? String(query.type) : "", page: String(p) })}`
        }
      />
      <h2>{t("desk.statistics")}</h2>
      <div className="card-grid">
        <Tally title={t("desk.byRegion")} rows={stats.byRegion} />
        <Tally title={t("desk.byType")} rows={stats.byType} />
        <Tally title={t("desk.byGender")} rows={stats.byGender} />
        <Tally title={t("desk.byCountry")} rows={stats.byCountry} />
      </div>
    </>
  );
}
