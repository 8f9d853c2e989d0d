import { Breadcrumb } from "~/components/Breadcrumb";
import { isolate } from "~/utils/bidi";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isTargetAsSteepAsPath } from "~/models/pathway";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { Badge } from "~/components/content";
import { ProgressChart } from "~/components/ProgressChart";
import { publishedPledges } from "~/models/pledge-directory.server";
import { pledgePeriod } from "~/models/pledge-period.server";
import { countryName } from "~/utils/country-options";
import { formatList, formatNumber, formatPercent } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { languageName, type Lang } from "~/utils/i18n";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { samePageThroughRegistrations } from "~/page-cache/handle";
import { notFound } from "~/utils/http.server";

export const handle = samePageThroughRegistrations;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const id = Number(params.id);
  const found = Number.isInteger(id) && id > 0 ? publishedPledges({ id })[0] : undefined;
  if (!found) throw notFound();
  const { pledge: p, organisation: o, progress, late, reports } = found;
  const t = getT(lang);
  const scope = (s: string | number) => t("pledgeForm.scope", { scope: s });
  return {
    lang,
    meta: metaFor(lang, p.title, p.description.slice(0, 200)),
    pledge: {
      title: p.title,
      description: p.description,
      lang: p.lang,
      kind: p.kind,
      metric: p.metric,
      unit: p.unit,
      scopes: p.scopes,
      disclosesAllScopesYearly: p.disclosesAllScopesYearly,
      baselineYear: p.baselineYear,
      baselineValue: p.baselineValue,
      targetYear: p.targetYear,
      targetValue: p.targetValue,
      pillar: found.pillarSlug,
      // The days the pledge runs, as one range; without an end date, the day it began.
      period: pledgePeriod(lang, p),
      // "Scopes 1, 2 and 3", as each language names several at once (not "Scope 1, Scope 2 and Scope 3").
      scopesText: t("pledgeForm.scopeList", { count: p.scopes.length, list: formatList(lang, p.scopes.map(String)) }),
    },
    organisation: { name: o.name, country: countryName(lang, o.country), type: o.type },
    status: progress.status,
    percent: formatPercent(lang, progress.progress),
    progress: progress.progress,
    late,
    reports: reports.map((r) => ({
      ...r,
      // "Scope 1: 120, Scope 2: 80" in the page's language: its list pattern and its label punctuation.
      byScope: r.scopeValues
        ? formatList(
            lang,
            Object.entries(r.scopeValues).map(([s, v]) => t("labelValue", { label: scope(s), value: formatNumber(lang, v, { maximumFractionDigits: 1 }) })),
            "unit",
          )
        : null,
    })),
    // An emission-reduction target measured against the sector's 1.5 °C path (pathway.ts).
    steep: p.kind === "emissions-reduction" ? isTargetAsSteepAsPath(p) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PledgePage() {
  const { t } = useTranslation();
  const { lang, pledge: p, organisation, status, percent, progress, late, reports, steep } = useLoaderData<typeof loader>();
  const format = (n: number) => formatNumber(lang, n, { maximumFractionDigits: 1 });
  return (
    <div className="container">
      <Breadcrumb href={`/${lang}/pledges`} label={t("nav.pledges")} current={t(`pledgeKind.${p.kind}`)} />
      <h1 lang={p.lang} dir="auto">
        {p.title}
      </h1>
      <p>
        <bdi>{organisation.name}</bdi> · {organisation.country} · {t(`organisationType.${organisation.type}`)}
      </p>
      {/* A partner writes in one language: a reader of another is told which, as a translated page's fallback is. */}
      {p.lang !== lang ? (
        <p className="alert alert-info fallback-notice">{t("pledgePage.writtenIn", { language: languageName(p.lang as Lang, lang) })}</p>
      ) : null}
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
      {/* Paragraphs typed in the form (a blank line between them) stay paragraphs. */}
      <div lang={p.lang} className="long-text" data-testid="pledge-description">
        {p.description.split(/\n{2,}/).map((para, i) => (
          <p key={i} dir="auto">
            {para}
          </p>
        ))}
      </div>
      <dl className="facts">
        <dt>{t("pledgeForm.metric")}</dt>
        <dd>{t("withNote", { text: isolate(p.metric), note: isolate(p.unit) })}</dd>
        <dt>{t("pledgePage.baseline")}</dt>
        <dd>{t("withNote", { text: format(p.baselineValue), note: String(p.baselineYear) })}</dd>
        <dt>{t("pledgePage.target")}</dt>
        <dd>{t("withNote", { text: format(p.targetValue), note: String(p.targetYear) })}</dd>
        <dt>{t("pledgePage.period")}</dt>
        <dd data-testid="pledge-period">{p.period}</dd>
        {p.scopes.length ? (
          <>
            <dt>{t("pledgeForm.scopes")}</dt>
            <dd>
              {p.scopesText}
              {p.disclosesAllScopesYearly ? ` · ${t("pledgeForm.disclose")}` : ""}
            </dd>
          </>
        ) : null}
        {steep === null ? null : (
          <>
            <dt>{t("emissions.title")}</dt>
            <dd data-testid="pledge-steepness">{t(steep ? "emissions.pledgeSteep" : "emissions.pledgeNotSteep")}</dd>
          </>
        )}
      </dl>
      {reports.length ? (
        <section aria-labelledby="reports">
          <h2 id="reports">{t("pledgePage.reports")}</h2>
          <p className="muted">{t("pledgePage.reportsNote")}</p>
          {[...reports].reverse().map((r) => (
            <article key={r.year} className="report" aria-labelledby={`report-${r.year}`}>
              <h3 id={`report-${r.year}`}>{t("pledgePage.reportFor", { year: r.year })}</h3>
              <dl className="facts">
                <dt>{t("pledgePage.value", { unit: p.unit })}</dt>
                <dd>{format(r.value)}</dd>
                {r.scopeValues && Object.keys(r.scopeValues).length ? (
                  <>
                    <dt>{t("pledgePage.byScope")}</dt>
                    <dd>{r.byScope}</dd>
                  </>
                ) : null}
                {r.evidenceUrl ? (
                  <>
                    <dt>{t("pledgePage.evidence")}</dt>
                    <dd>
                      <a href={r.evidenceUrl} rel="nofollow noopener ugc" dir="ltr">
                        {r.evidenceUrl}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="statement" lang={p.lang} dir="auto" data-testid={`narrative-${r.year}`}>
                {r.narrative}
              </p>
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
