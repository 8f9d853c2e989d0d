import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge, Pagination } from "~/components/content";
import { FilterSelect } from "~/components/FilterSelect";
import { listPillars } from "~/models/pillars.server";
import { pledgeKinds } from "~/models/pledge-types";
import { organisationTypes } from "~/models/registration-types";
import { formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { pledgeDirectory } from "~/routes/$lang.pledges._index/view.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const dir = pledgeDirectory(lang, new URL(request.url).searchParams);
  return {
    lang,
    filter: dir.filter,
    pages: dir.pages,
    total: formatNumber(lang, dir.total),
    items: dir.items,
    countries: dir.countries,
    pillars: listPillars().map((p) => ({
      slug: p.slug,
      number: formatNumber(lang, p.number),
      title: pickTranslation(p.title, lang).text,
      count: formatNumber(lang, dir.totals.get(p.slug) ?? 0),
    })),
    meta: metaFor(lang, t("pledges.title"), t("pledges.description")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Pledges() {
  const { t } = useTranslation();
  const { lang, filter, pages, total, items, pillars, countries } = useLoaderData<typeof loader>();
  const hrefFor = (page: number) =>
    `/${lang}/pledges?${new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v) as [string, string][])}`;
  return (
    <div className="container">
      <h1>{t("pledges.title")}</h1>
      <p className="lead">{t("pledges.description")}</p>
      <p className="hero-actions">
        <a className="button" href={`/${lang}/partners/join`}>
          {t("pledges.join")}
        </a>{" "}
        <a href={`/${lang}/partners/sign-in`}>{t("pledges.signIn")}</a>
      </p>
      <section aria-labelledby="per-pillar">
        <h2 id="per-pillar">{t("pledges.perPillar")}</h2>
        <ol className="pillar-grid">
          {pillars.map((p) => (
            <li key={p.slug}>
              <a className="pillar-tile" href={`/${lang}/pledges?pillar=${p.slug}`}>
                <span className="pillar-number" aria-hidden="true">
                  {p.number}
                </span>
                <span>
                  {p.title}
                  {t("colon")}
                  <strong data-testid={`pillar-total-${p.slug}`}>{p.count}</strong>
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>
      <Form method="get" className="filters" aria-label={t("pledges.filters")}>
        <FilterSelect name="pillar" label={t("pledges.pillar")} value={filter.pillar} options={pillars.map((p) => ({ value: p.slug, label: p.title }))} />
        <FilterSelect
          name="type"
          label={t("register.organisationType")}
          value={filter.type}
          options={organisationTypes.map((o) => ({ value: o, label: t(`organisationType.${o}`) }))}
        />
        <FilterSelect name="country" label={t("register.country")} value={filter.country} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
        <FilterSelect
          name="kind"
          label={t("pledgeForm.kind")}
          value={filter.kind}
          options={pledgeKinds.map((k) => ({ value: k, label: t(`pledgeKind.${k}`) }))}
        />
        <FilterSelect
          name="status"
          label={t("pledgeForm.status")}
          value={filter.status}
          options={(["not-started", "on-track", "off-track", "achieved", "late"] as const).map((s) => ({ value: s, label: t(`progressStatus.${s}`) }))}
        />
        <button type="submit" className="button">
          {t("pledges.apply")}
        </button>
      </Form>
      <p>{t("pledges.count", { count: total })}</p>
      {items.length === 0 ? <p className="muted">{t("pledges.none")}</p> : null}
      <ul className="plain-list">
        {items.map((p) => (
          <li key={p.id} className="card">
            <h2>
              <a href={`/${lang}/pledges/${p.id}`} lang={p.lang}>
                <bdi>{p.title}</bdi>
              </a>
            </h2>
            <p className="card-meta">
              <bdi>{p.organisation}</bdi> · {p.countryName} · {t(`pledgeKind.${p.kind}`)}
            </p>
            <p>
              {t(`progressStatus.${p.status}`)} · {p.percent} {p.late ? <Badge tone="warning">{t("progressStatus.late")}</Badge> : null}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={filter.page} pages={pages} hrefFor={hrefFor} />
      <p className="feeds">
        <a href={`/${lang}/pledges.csv`}>{t("pledges.csv")}</a> · <a href={`/${lang}/pledges.json`}>{t("pledges.json")}</a>
      </p>
    </div>
  );
}
