import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge } from "~/components/content";
import { ProgressChart } from "~/components/ProgressChart";
import { publishedPledges } from "~/models/pledges.server";
import { countryName } from "~/utils/country-options";
import { formatPercent } from "~/utils/format";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageForEveryone } from "~/utils/page-handle";

export const handle = samePageForEveryone;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const id = Number(params.id);
  const found = Number.isInteger(id) && id > 0 ? publishedPledges({ id })[0] : undefined;
  if (!found) throw new Response("Not Found", { status: 404 });
  const { pledge: p, organisation: o, progress, late, reports } = found;
  return {
    lang,
    meta: metaFor(lang, p.title, p.description.slice(0, 200)),
    pledge: {
      title: p.title, description: p.description, lang: p.lang, kind: p.kind, metric: p.metric, unit: p.unit, scopes: p.scopes,
      disclosesAllScopesYearly: p.disclosesAllScopesYearly, baselineYear: p.baselineYear, baselineValue: p.baselineValue,
      targetYear: p.targetYear, targetValue: p.targetValue, pillar: found.pillarSlug, startsOn: p.startsOn, endsOn: p.endsOn,
    },
    organisation: { name: o.name, country: countryName(lang, o.country), type: o.type },
    status: progress.status,
    percent: formatPercent(lang, progress.progress),
    progress: progress.progress,
    late,
    reports,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PledgePage() {
  const { t } = useTranslation();
  const { lang, pledge: p, organisation, status, percent, progress, late, reports } = useLoaderData<typeof loader>();
  const format = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/pledges`}>{t("nav.pledges")}</a> › {t(`pledgeKind.${p.kind}`)}
      </p>
      <h1 lang={p.lang}>{p.title}</h1>
      <p>
        {organisation.name} · {organisation.country} · {t(`organisationType.${organisation.type}`)}
      </p>
      <section aria-labelledby="progress" className="register-box">
        <h2 id="progress">{t("pledgePage.progress")}</h2>
        <p>
          <strong data-testid="pledge-percent">{percent}</strong> · <span data-testid="pledge-progress-status">{t(`progressStatus.${status}`)}</span>{" "}
          {late ? <Badge tone="warning">{t("progressStatus.late")}</Badge> : null}
        </p>
        <progress className="progress-bar" max={1} value={progress} aria-label={t("pledgePage.progress")}>
          {percent}
        </progress>
        <ProgressChart {...p} reports={reports} format={format} />
      </section>
      <p lang={p.lang} className="long-text">
        {p.description}
      </p>
      <dl className="facts">
        <dt>{t("pledgeForm.metric")}</dt>
        <dd>
          {p.metric} ({p.unit})
        </dd>
        <dt>{t("pledgePage.baseline")}</dt>
        <dd>
          {format(p.baselineValue)} ({p.baselineYear})
        </dd>
        <dt>{t("pledgePage.target")}</dt>
        <dd>
          {format(p.targetValue)} ({p.targetYear})
        </dd>
        {p.scopes.length ? (
          <>
            <dt>{t("pledgeForm.scopes")}</dt>
            <dd>
              {p.scopes.map((s) => t("pledgeForm.scope", { scope: s })).join(", ")}
              {p.disclosesAllScopesYearly ? ` · ${t("pledgeForm.disclose")}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {reports.length ? (
        <section aria-labelledby="reports">
          <h2 id="reports">{t("pledgePage.reports")}</h2>
          {[...reports].reverse().map((r) => (
            <article key={r.year} className="report" aria-labelledby={`report-${r.year}`}>
              <h3 id={`report-${r.year}`}>{t("pledgePage.reportFor", { year: r.year })}</h3>
              <dl className="facts">
                <dt>{t("pledgePage.value", { unit: p.unit })}</dt>
                <dd>{format(r.value)}</dd>
                {r.scopeValues && Object.keys(r.scopeValues).length ? (
                  <>
                    <dt>{t("pledgePage.byScope")}</dt>
                    <dd>
                      <ul className="plain-list">
                        {Object.entries(r.scopeValues).map(([scope, v]) => (
                          <li key={scope}>
                            {t("pledgeForm.scope", { scope })}: {format(v)} {p.unit}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
                {r.evidenceUrl ? (
                  <>
                    <dt>{t("pledgeForm.evidence")}</dt>
                    <dd>
                      <a href={r.evidenceUrl} rel="nofollow noopener" dir="ltr">
                        {r.evidenceUrl}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="statement" lang={p.lang} data-testid={`narrative-${r.year}`}>
                {r.narrative}
              </p>
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
