import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Badge, Pagination } from "~/components/content";
import { IndexChart } from "~/components/EmissionsChart";
import { FilterSelect } from "~/components/FilterSelect";
import { assuranceLevels, ictSubSectors } from "~/models/disclosure-types";
import { organisationTypes } from "~/models/registration-types";
import { formatList, formatNumber } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";
import { useTranslation } from "~/utils/use-translation";
import { openDataColumnsHtml } from "./open-data-columns.server";
import { emissionsDirectory } from "./view.server";
import { ScrollRegion } from "~/components/ScrollRegion";

export const handle = samePageThroughRegistrations;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const dir = emissionsDirectory(lang, new URL(request.url).searchParams);
  return {
    lang,
    ...dir,
    count: formatNumber(lang, dir.total),
    columnsHtml: openDataColumnsHtml(lang),
    meta: metaFor(lang, t("emissions.title"), t("emissions.description")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function EmissionsDatabase() {
  const { t } = useTranslation();
  const d = useLoaderData<typeof loader>();
  const { lang, filter } = d;
  // The page of each list in the address (the first of either left out); the other list's page kept.
  const addressOf = (page: number, late: number, section: string) => {
    const query = new URLSearchParams(
      Object.entries({ ...filter, page: page > 1 ? String(page) : "", late: late > 1 ? String(late) : "" }).filter(([, v]) => v) as [string, string][],
    ).toString();
    return `/${lang}/emissions${query ? `?${query}` : ""}#${section}`;
  };
  const hrefFor = (page: number) => addressOf(page, d.late.page, "directory");
  return (
    <div className="container">
      <h1>{t("emissions.title")}</h1>
      <p className="lead">{t("emissions.description")}</p>
      <p>{t("emissions.unit")}</p>
      <section aria-labelledby="sector-index">
        <h2 id="sector-index">{t("emissions.index.heading")}</h2>
        <p>{t("emissions.index.explain")}</p>
        <IndexChart points={d.index.points} description={d.index.description} />
        {d.index.points.length === 0 ? <p>{t("emissions.index.none")}</p> : <p className="visually-hidden">{d.index.description}</p>}
      </section>
      <Form method="get" className="filters">
        <FilterSelect
          name="subSector"
          label={t("emissions.form.subSectors")}
          value={filter.subSector}
          options={ictSubSectors.map((s) => ({ value: s, label: t(`emissions.subSector.${s}`) }))}
        />
        <FilterSelect
          name="country"
          label={t("register.country")}
          value={filter.country}
          options={d.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          name="type"
          label={t("register.organisationType")}
          value={filter.type}
          options={organisationTypes.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))}
        />
        <FilterSelect
          name="year"
          label={t("emissions.column.year")}
          value={filter.year}
          options={d.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          name="assurance"
          label={t("emissions.form.assurance")}
          value={filter.assurance}
          options={assuranceLevels.map((a) => ({ value: a, label: t(`emissions.assurance.${a}`) }))}
        />
        <button type="submit" className="button">
          {t("emissions.directory.apply")}
        </button>
      </Form>
      <section aria-labelledby="totals">
        <h2 id="totals">{t("emissions.totals.heading")}</h2>
        <ScrollRegion labelledBy="totals-caption">
          <table>
            <caption id="totals-caption">{t("emissions.totals.caption")}</caption>
            <thead>
              <tr>
                {(["year", "scope1", "scope2", "scope3", "total", "organisations", "allScopes"] as const).map((k) => (
                  <th key={k} scope="col">
                    {t(`emissions.totals.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.totals.map((y) => (
                <tr key={y.year} data-testid={`totals-${y.year}`}>
                  <th scope="row">
                    {y.year}
                    {d.closedYears.includes(y.year) ? (
                      <>
                        {" "}
                        <Badge>{t("emissions.final")}</Badge>
                      </>
                    ) : null}
                  </th>
                  <td>{y.scope1 ?? "—"}</td>
                  <td>{y.scope2 ?? "—"}</td>
                  <td>{y.scope3 ?? "—"}</td>
                  <td>{y.total}</td>
                  <td>{y.organisations}</td>
                  <td>{y.allScopes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        {d.totals.some((y) => y.scope1 === null || y.scope2 === null || y.scope3 === null) ? (
          <p className="muted">{t("emissions.totals.notReported")}</p>
        ) : null}
      </section>
      {d.closedYears.length ? (
        <p data-testid="closed-years">
          {t("emissions.closedYears", {
            years: formatList(lang, [...d.closedYears].sort((a, b) => a - b).map(String)),
          })}
        </p>
      ) : null}
      <section aria-labelledby="directory">
        <h2 id="directory">{t("emissions.directory.heading")}</h2>
        <p>{t("emissions.directory.count", { count: d.count })}</p>
        <ul className="plain-list">
          {d.items.map((o) => (
            <li key={o.id} className="card">
              <h3>
                <a href={`/${lang}/emissions/${o.id}`}>
                  <bdi>{o.name}</bdi>
                </a>
              </h3>
              <p className="card-meta">
                {t(`organisationType.${o.type}`)} · {o.country}
              </p>
              <p>
                {t("emissions.directory.latest", { year: o.year, total: o.total })} · {t(`emissions.assurance.${o.assurance}`)}
                {o.allScopes ? ` · ${t("emissions.directory.allScopes")}` : ""}
              </p>
            </li>
          ))}
        </ul>
        <Pagination page={filter.page} pages={d.pages} hrefFor={hrefFor} />
      </section>
      <section aria-labelledby="late">
        <h2 id="late">{t("emissions.late.heading", { year: d.late.year })}</h2>
        <p>{t("emissions.late.explain")}</p>
        {d.late.organisations.length === 0 ? <p>{t("emissions.late.none")}</p> : null}
        <ul data-testid="late-disclosers">
          {d.late.organisations.map((o) => (
            <li key={o.id}>
              <bdi>{o.name}</bdi>
            </li>
          ))}
        </ul>
        <Pagination page={d.late.page} pages={d.late.pages} hrefFor={(p) => addressOf(filter.page, p, "late")} label={t("emissions.late.pages")} />
      </section>
      <section aria-labelledby="open-data">
        <h2 id="open-data">{t("emissions.openData.heading")}</h2>
        <p>
          <a href={`/${lang}/emissions.csv`}>{t("emissions.openData.csv")}</a> · <a href={`/${lang}/emissions.json`}>{t("emissions.openData.json")}</a>
        </p>
        <p>{t("emissions.openData.explain")}</p>
        <dl className="open-data-columns" dangerouslySetInnerHTML={{ __html: d.columnsHtml }} />
        <p>
          <a href={`/${lang}/partners/sign-in`}>{t("emissions.directory.partnerLink")}</a>
        </p>
      </section>
    </div>
  );
}
