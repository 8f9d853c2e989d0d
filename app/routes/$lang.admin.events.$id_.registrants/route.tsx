import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Pagination } from "~/components/content";
import { SafeForm } from "~/components/forms";
import { eventByParam } from "~/models/event-editing.server";
import { countsByType, decideRegistration, listRegistrants, registrantCounts, registrantStats, typeSeatsFull } from "~/models/registrant-desk.server";
import { ParticipationTypeCounts } from "~/components/ParticipationTypeCounts";
import { registrationStatuses } from "~/models/registration-types";
import { requireStaff } from "~/auth/staff.server";
import { countryName } from "~/utils/country-options";
import { formatDateTime, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { conflict, notFound } from "~/utils/http.server";

const DESK = ["admin", "editor"] as const;
const Query = () =>
  z.object({
    q: z.string().max(100).catch(""),
    status: z.enum(registrationStatuses).optional().catch(undefined),
    type: z.coerce.number().int().positive().optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  });
const Decision = () =>
  z.object({
    id: z.coerce.number().int().positive(),
    decision: z.enum(["approve", "reject", "promote", "attended", "absent"]),
    back: z.string().max(500).optional(),
    // Set by the second, confirming click: a rejection, or a seat given beyond the capacity.
    confirmed: z.literal("1").optional(),
  });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, DESK);
  const event = eventByParam(params.id);
  if (!event) throw notFound();
  const url = new URL(request.url);
  const query = Query().parse(Object.fromEntries(url.searchParams));
  const list = listRegistrants(event.id, { ...query, typeId: query.type });
  const stats = registrantStats(event.id);
  const types = countsByType(event.id);
  const typeName = new Map(types.map((ty) => [ty.id, pickTranslation(ty.name, lang).text]));
  const ta = getT(lang, "admin");
  const t = getT(lang);
  const named = (rows: [string, number][], name: (k: string) => string) => rows.map(([k, n]) => ({ key: k, label: name(k), n: formatNumber(lang, n) }));
  return {
    lang,
    query,
    back: url.pathname + url.search,
    meta: metaFor(lang, ta("desk.title")),
    event: { id: event.id, title: pickTranslation(event.title, lang).text, capacity: event.capacity },
    counts: (Object.entries(registrantCounts(event.id)) as [keyof ReturnType<typeof registrantCounts>, number][]).map(([k, n]) => ({
      key: k,
      n: formatNumber(lang, n),
    })),
    stats: {
      byCountry: named(stats.byCountry, (c) => countryName(lang, c)),
      byRegion: named(stats.byRegion, (r) => ta(`regions.${r}`)),
      byType: named(stats.byType, (o) => t(`organisationType.${o}`)),
      byGender: named(stats.byGender, (g) => (g === "unanswered" ? ta("desk.unanswered") : t(`gender.${g}`))),
    },
    types: types.map((ty) => ({
      id: ty.id,
      name: typeName.get(ty.id)!,
      mode: ty.mode,
      capacity: ty.capacity === null ? null : formatNumber(lang, ty.capacity),
      confirmed: formatNumber(lang, ty.confirmed),
      held: formatNumber(lang, ty.held),
      waiting: formatNumber(lang, ty.waiting),
      pending: formatNumber(lang, ty.pending),
    })),
    pages: list.pages,
    registrants: list.items.map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      email: r.email,
      // The desk prepares the room: needs are shown here, not only in the CSV.
      accessibilityNeeds: r.accessibilityNeeds,
      organisation: r.organisation,
      country: countryName(lang, r.country),
      status: r.status,
      type: r.participationTypeId === null ? "" : (typeName.get(r.participationTypeId) ?? ""),
      typeCapacity: types.find((ty) => ty.id === r.participationTypeId)?.capacity ?? event.capacity,
      proven: r.addressProven,
      attended: r.attendedAt !== null,
      registered: formatDateTime(lang, r.createdAt),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, DESK);
  const event = eventByParam(params.id);
  if (!event) throw notFound();
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const base = `/${lang}/admin/events/${event.id}/registrants`;
  const backTo = s.data.back?.startsWith(base) ? s.data.back : base;
  if (needsConfirmation(s.data.decision, typeSeatsFull(event.id, s.data.id).full) && !s.data.confirmed) {
    const url = new URL(backTo, "http://x");
    url.searchParams.set("confirm", `${s.data.decision}:${s.data.id}`);
    return redirect(`${url.pathname}${url.search}`);
  }
  if (!decideRegistration(event.id, s.data.id, s.data.decision, user.id)) throw conflict();
  return redirect(backTo);
}

/** Rejecting someone, or confirming a seat their participation type does not have, is asked twice. */
function needsConfirmation(decision: string, typeFull: boolean) {
  return decision === "reject" || ((decision === "promote" || decision === "approve") && typeFull);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

function Tally({ title, rows }: { title: string; rows: { key: string; label: string; n: string }[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{title}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function RegistrantDesk() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, event, counts, stats, types, registrants, query, pages, back } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const base = `/${lang}/admin/events/${event.id}/registrants`;
  const decide = (id: number, decision: string, label: string, confirmed = false) => (
    <SafeForm key={decision}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="back" value={back} />
      {confirmed ? <input type="hidden" name="confirmed" value="1" /> : null}
      <button type="submit" className={decision === "reject" ? "button button-small button-secondary" : "button button-small"}>
        {label}
      </button>
    </SafeForm>
  );
  const [asked, askedId] = (search.get("confirm") ?? "").split(":");
  const askedFor = registrants.find((r) => String(r.id) === askedId);
  const labels: Record<string, string> = { reject: t("desk.reject"), promote: t("desk.promote"), approve: t("desk.approve") };
  return (
    <>
      <h1>{t("desk.title")}</h1>
      {askedFor && labels[asked!] ? (
        <div className="alert alert-error" role="alert">
          <p>
            {asked === "reject"
              ? t("desk.confirmReject", { name: askedFor.name })
              : t("desk.confirmOverCapacity", { name: askedFor.name, capacity: askedFor.typeCapacity ?? 0 })}
          </p>
          <div className="inline-form">
            {decide(askedFor.id, asked!, labels[asked!]!, true)}
            <a href={back.replace(/([?&])confirm=[^&]*&?/, "$1").replace(/[?&]$/, "")}>{t("desk.keep")}</a>
          </div>
        </div>
      ) : null}
      <p>
        <a href={`/${lang}/admin/events/${event.id}`}>{event.title}</a>
        {" · "}
        <a href={`/${lang}/admin/events/${event.id}/types`}>{t("types.title")}</a>
        {event.capacity !== null ? ` · ${t("desk.capacity", { count: event.capacity })}` : null}
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
        <label>
          {t("editor.status")}
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">{tc("events.any")}</option>
            {(["confirmed", "held", "waiting", "pending", "unverified", "expired", "rejected", "cancelled"] as const).map((s) => (
              <option key={s} value={s}>
                {tc(`registrationStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {types.length > 1 ? (
          <label>
            {t("types.type")}
            <select name="type" defaultValue={query.type ?? ""}>
              <option value="">{tc("events.any")}</option>
              {types.map((ty) => (
                <option key={ty.id} value={ty.id}>
                  {ty.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="button">
          {t("desk.filter")}
        </button>
      </Form>
      <div className="table-wrap">
        <table>
          <caption>{t("desk.list")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("desk.name")}</th>
              <th scope="col">{t("desk.email")}</th>
              <th scope="col">{tc("register.organisation")}</th>
              <th scope="col">{tc("register.country")}</th>
              <th scope="col">{t("types.type")}</th>
              <th scope="col">{t("editor.status")}</th>
              <th scope="col">{t("desk.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {registrants.map((r) => (
              <tr key={r.id}>
                <td>
                  <bdi>{r.name}</bdi>
                  {r.accessibilityNeeds ? (
                    <p className="muted" data-testid="accessibility-needs">
                      {tc("labelValue", { label: tc("register.accessibility"), value: r.accessibilityNeeds })}
                    </p>
                  ) : null}
                </td>
                <td dir="ltr">{r.email}</td>
                <td>
                  <bdi>{r.organisation}</bdi>
                </td>
                <td>{r.country}</td>
                <td>
                  <bdi>{r.type}</bdi>
                </td>
                <td>
                  {tc(`registrationStatus.${r.status}`)}
                  {r.status === "waiting" && !r.proven ? ` · ${t("desk.unproven")}` : null}
                  {r.attended ? ` · ${t("desk.attended")}` : null}
                </td>
                <td className="actions">
                  {r.status === "pending" ? decide(r.id, "approve", t("desk.approve")) : null}
                  {r.status === "waiting" && r.proven ? decide(r.id, "promote", t("desk.promote")) : null}
                  {r.status === "pending" || r.status === "waiting" || r.status === "confirmed" ? decide(r.id, "reject", t("desk.reject")) : null}
                  {r.status === "confirmed"
                    ? decide(r.id, r.attended ? "absent" : "attended", r.attended ? t("desk.markAbsent") : t("desk.markAttended"))
                    : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
