import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge, Pagination } from "~/components/content";
import { FilterSelect } from "~/components/FilterSelect";
import { endorserCategories } from "~/models/endorsement-types";
import { countryName } from "~/utils/country-options";
import { ituRegions } from "~/utils/countries";
import { endorsersPageKey, endorsersPageOf } from "~/routes/$lang.declarations.$slug_.endorsers/view.server";
import { memoThroughRegistrations } from "~/utils/data-version.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";

export const handle = samePageThroughRegistrations;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const slug = params.slug ?? "";
  const query = new URL(request.url).searchParams;
  // The same for every reader of a language, filter and page until a write (decision 016, eleventh round).
  return memoThroughRegistrations(`endorsers-page:${endorsersPageKey(slug, lang, query)}`, () => pageView(lang, slug, query));
}

function pageView(lang: Lang, slug: string, query: URLSearchParams) {
  const { declaration, filter, page, pages, total, byCategory, countries, rows } = endorsersPageOf(slug, lang, query);
  const title = pickTranslation(declaration.title, lang).text;
  return {
    lang,
    slug: declaration.slug,
    title,
    filter,
    page,
    pages,
    countries: countries.map((c) => ({ code: c, name: countryName(lang, c) })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    total: formatNumber(lang, total),
    // The page's rows under their category headings; the counts are the whole filtered list's.
    groups: endorserCategories
      .map((category) => ({
        category,
        count: formatNumber(lang, byCategory.get(category) ?? 0),
        endorsers: rows.filter((e) => e.category === category).map((e) => ({ ...e, countryName: countryName(lang, e.country) })),
      }))
      .filter((g) => g.endorsers.length > 0),
    meta: metaFor(lang, getT(lang)("endorsers.title", { declaration: title })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Endorsers() {
  const { t } = useTranslation();
  const { lang, slug, title, filter, countries, total, groups, page, pages } = useLoaderData<typeof loader>();
  const hrefFor = (p: number) =>
    `/${lang}/declarations/${slug}/endorsers?${new URLSearchParams(Object.entries({ ...filter, page: String(p) }).filter(([, v]) => v) as [string, string][])}`;
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/declarations/${slug}`}>{title}</a>
      </p>
      <h1>{t("endorsers.title", { declaration: title })}</h1>
      <p className="lead" data-testid="endorser-total">
        {t("declarations.endorsementCount", { count: total })}
      </p>
      <Form method="get" className="filters" aria-label={t("endorsers.filters")}>
        <FilterSelect
          name="category"
          label={t("endorse.category")}
          value={filter.category}
          options={endorserCategories.map((c) => ({ value: c, label: t(`endorserCategory.${c}`) }))}
        />
        <FilterSelect
          name="region"
          label={t("endorsers.region")}
          value={filter.region}
          options={ituRegions.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        />
        <FilterSelect name="country" label={t("register.country")} value={filter.country} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
        <button type="submit" className="button">
          {t("endorsers.apply")}
        </button>
      </Form>
      {groups.length === 0 ? <p>{t("endorsers.none")}</p> : null}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`cat-${g.category}`}>
          <h2 id={`cat-${g.category}`}>{t("withNote", { text: t(`endorserCategory.${g.category}`), note: g.count })}</h2>
          <ul className="plain-list">
            {g.endorsers.map((e) => (
              <li key={e.id} className="card endorser">
                <h3>
                  <bdi>{e.name}</bdi> {e.verified ? <Badge>{t("endorsers.verified")}</Badge> : null}{" "}
                  {e.verifiedByFocalPoint ? <Badge>{t("endorsers.verifiedByFocalPoint")}</Badge> : null}
                </h3>
                <p className="card-meta">{e.countryName}</p>
                {e.statement ? (
                  <blockquote className="statement" dir="auto" lang={e.statementLang ?? undefined} data-testid="statement">
                    {e.statement}
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Pagination page={page} pages={pages} hrefFor={hrefFor} />
      <p className="feeds">
        <a href={`/${lang}/declarations/${slug}/endorsers.csv`}>{t("endorsers.csv")}</a> ·{" "}
        <a href={`/${lang}/declarations/${slug}/endorsers.json`}>{t("endorsers.json")}</a>
      </p>
    </div>
  );
}
