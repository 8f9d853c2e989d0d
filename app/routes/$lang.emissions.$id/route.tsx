import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isolate } from "~/utils/bidi";
import { useLoaderData } from "@remix-run/react";
import { Badge } from "~/components/content";
import { EmissionsChart } from "~/components/EmissionsChart";
import { formatList, formatNumber } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";
import { useLang } from "~/utils/use-lang";
import { useTranslation } from "~/utils/use-translation";
import { organisationView } from "./view.server";
import { ScrollRegion } from "~/components/ScrollRegion";

export const handle = samePageThroughRegistrations;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const id = Number(params.id);
  const view = Number.isInteger(id) && id > 0 ? organisationView(lang, id) : null;
  if (!view) throw new Response("Not Found", { status: 404 });
  return { lang, ...view, meta: metaFor(lang, view.org.name, getT(lang)("emissions.org.description", { name: view.org.name })) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

type YearRow = ReturnType<typeof useLoaderData<typeof loader>>["years"][number];

function Figures({ r }: { r: YearRow }) {
  const { t } = useTranslation();
  return (
    <>
      <td>{r.scope1}</td>
      <td>{r.scope2Location}</td>
      <td>{r.scope2Market}</td>
      <td>{r.scope3}</td>
      <td>
        <strong>{r.total}</strong>
      </td>
      <td>{r.methodology ? t(`emissions.methodology.${r.methodology}`) : r.source ? t(`emissions.source.${r.source}`) : "—"}</td>
      <td>
        {r.assurer ? t("withNote", { text: t(`emissions.assurance.${r.assurance}`), note: isolate(r.assurer) }) : t(`emissions.assurance.${r.assurance}`)}
      </td>
      <td>
        {r.reportUrl ? (
          <a href={r.reportUrl} rel="noopener noreferrer">
            {t("emissions.org.report")}
          </a>
        ) : (
          "—"
        )}
      </td>
    </>
  );
}

function Head() {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="col">{t("emissions.column.year")}</th>
      {(["scope1", "scope2Location", "scope2Market", "scope3", "total", "methodology", "assurance", "report"] as const).map((k) => (
        <th key={k} scope="col">
          {t(`emissions.column.${k}`)}
        </th>
      ))}
    </tr>
  );
}

export default function OrganisationEmissions() {
  const { t } = useTranslation();
  const lang = useLang();
  const v = useLoaderData<typeof loader>();
  const format = (n: number) => formatNumber(lang, n, { maximumFractionDigits: 0 });
  return (
    <div className="container">
      <p>
        <a href={`/${lang}/emissions`}>{t("emissions.title")}</a>
      </p>
      {/* The name isolated: a Latin "… S.A." on an Arabic page keeps its full stop at its own end. */}
      <h1>
        <bdi>{v.org.name}</bdi>
      </h1>
      <p className="lead">
        {t(`organisationType.${v.org.type}`)} · {v.org.countryName}
      </p>
      <p>{t("emissions.unit")}</p>
      <EmissionsChart years={v.chart.years} path={v.chart.path} format={format} description={v.chart.description} />
      <p>{v.baseYear === null ? t("emissions.org.noBaseYear") : t("emissions.org.baseYear", { year: v.baseYear })}</p>
      {v.position ? (
        <p className={`path-${v.position.kind}`} data-testid="path-position">
          <strong>{v.position.text}</strong>
        </p>
      ) : null}
      <h2>{t("emissions.org.yearsHeading")}</h2>
      <ScrollRegion labelledBy="years-caption">
        <table>
          <caption id="years-caption">{t("emissions.org.tableCaption", { name: isolate(v.org.name) })}</caption>
          <thead>
            <Head />
          </thead>
          <tbody>
            {v.years.map((r) => (
              <tr key={r.id} data-testid={`year-${r.year}`}>
                <th scope="row">
                  {r.year}
                  {r.final ? (
                    <>
                      {" "}
                      <Badge>{t("emissions.final")}</Badge>
                    </>
                  ) : null}
                </th>
                <Figures r={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {v.closedYears.length ? <p data-testid="closed-years">{t("emissions.closedYears", { years: formatList(lang, v.closedYears) })}</p> : null}
      {v.years.map((r) => (
        <details key={r.id}>
          <summary>{t("emissions.org.detailsFor", { year: r.year })}</summary>
          <ul>
            {r.boundary ? <li>{t("labelValue", { label: t("emissions.form.boundary"), value: t(`emissions.boundary.${r.boundary}`) })}</li> : null}
            {r.subSectors.length ? (
              <li>
                {t("labelValue", {
                  label: t("emissions.form.subSectors"),
                  value: formatList(
                    lang,
                    r.subSectors.map((s) => t(`emissions.subSector.${s}`)),
                  ),
                })}
              </li>
            ) : null}
            {r.energy ? <li>{t("labelValue", { label: t("emissions.form.energyMwh"), value: r.energy })}</li> : null}
            {r.renewable ? <li>{t("labelValue", { label: t("emissions.column.renewable"), value: r.renewable })}</li> : null}
            {r.categories.map((c) => (
              <li key={c.n} data-testid={`category-${c.n}`}>
                {t("labelValue", { label: t("emissions.categoryLabel", { n: c.n, name: t(`emissions.category.${c.n}`) }), value: c.value ?? "" })}
              </li>
            ))}
            {r.source ? <li>{t(`emissions.sourceNote.${r.source}`)}</li> : null}
          </ul>
        </details>
      ))}
      {v.restatements.length ? (
        <section aria-labelledby="restatements">
          <h2 id="restatements">{t("emissions.org.restatements")}</h2>
          <ul className="plain-list">
            {v.restatements.map(({ old, now, reason }) => (
              <li key={old.id} className="card" data-testid={`restatement-${old.year}`}>
                <p>{t("emissions.org.restated", { year: old.year, date: old.superseded ?? "" })}</p>
                <p>{t("emissions.org.reason", { reason })}</p>
                <p>
                  <del>{t("emissions.org.oldFigures", { s1: old.scope1, s2: old.scope2Location, s3: old.scope3, total: old.total })}</del>{" "}
                  {t("emissions.status.superseded")}
                </p>
                <p>{t("emissions.org.newFigures", { s1: now.scope1, s2: now.scope2Location, s3: now.scope3, total: now.total })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="org-pledges">
        <h2 id="org-pledges">{t("emissions.org.pledges")}</h2>
        {v.pledges.length === 0 ? <p>{t("emissions.org.noPledges")}</p> : null}
        <ul>
          {v.pledges.map((p) => (
            <li key={p.id}>
              <a href={`/${lang}/pledges/${p.id}`} lang={p.lang}>
                <bdi>{p.title}</bdi>
              </a>{" "}
              — {t(`pledgeKind.${p.kind}`)} · <span dir="ltr">{p.target}</span>
              {p.steep === null ? null : <> · {t(p.steep ? "emissions.org.steep" : "emissions.org.notSteep")}</>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
