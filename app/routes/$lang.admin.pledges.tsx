import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FlashNotice, noticesUnder } from "~/components/FlashNotice";
import { ModerationForm, moderationDecisions } from "~/components/ModerationForm";
import { ModerationDecision } from "~/components/ModerationForm.server";
import { listPillars } from "~/models/pillars.server";
import { moderatePledge, moderationQueue } from "~/models/pledges.server";
import { pledgePeriod } from "~/models/pledge-period.server";
import { pledgeDirectoryPage } from "~/models/pledge-directory.server";
import { requireStaff } from "~/auth/staff.server";
import { isolate } from "~/utils/bidi";
import { formatDateTime, formatList, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { conflict } from "~/utils/http.server";

const MODERATORS = ["admin", "reviewer"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, MODERATORS);
  const pillarNames = new Map(listPillars().map((p) => [p.id, `${formatNumber(lang, p.number)}. ${pickTranslation(p.title, lang).text}`]));
  return {
    lang,
    // Picked in SQL by the directory's own "report overdue" rule, not by reading every pledge's reports.
    late: pledgeDirectoryPage({ status: "late" }, 1, 1000).rows.map((p) => ({
      id: p.id,
      title: p.title,
      lang: p.lang,
      organisation: p.organisation.name,
      lastYear: p.latestReportYear,
    })),
    meta: metaFor(lang, getT(lang, "admin")("pledges.title")),
    queue: moderationQueue().map(({ pledge: p, organisation }) => ({
      id: p.id,
      title: p.title,
      lang: p.lang,
      organisation,
      description: p.description,
      kind: p.kind,
      metric: p.metric,
      unit: p.unit,
      // Each figure with its year, as the public pledge page gives them: one "a → b" line in an
      // Arabic page reversed its figures and pointed the arrow the wrong way.
      baseline: { value: formatNumber(lang, p.baselineValue), year: String(p.baselineYear) },
      target: { value: formatNumber(lang, p.targetValue), year: String(p.targetYear) },
      period: pledgePeriod(lang, p),
      updated: formatDateTime(lang, p.updatedAt),
      seen: p.updatedAt,
      // What the reviewer approves: under which pillar, and which emission scopes the figures cover.
      pillar: pillarNames.get(p.pillarId) ?? "",
      scopes: p.scopes,
      disclosesAllScopesYearly: p.disclosesAllScopesYearly,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, MODERATORS);
  const s = await parseSubmission({ request, context, lang, schema: ModerationDecision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (!moderatePledge(s.data.id, s.data.decision, s.data.comment || null, user.id, Date.now(), s.data.seen)) throw conflict();
  return redirect(`/${lang}/admin/pledges?done=${s.data.decision}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PledgeModeration() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { queue, late, lang } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("pledges.title")}</h1>
      <FlashNotice notices={noticesUnder("admin:review.done", moderationDecisions)} />
      <p>
        <a href={`/${lang}/admin/pledges.csv`}>{t("pledges.csv")}</a>
      </p>
      {queue.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {queue.map((p) => (
          <li key={p.id} className="card">
            <h2 lang={p.lang} dir="auto">
              {p.title}
            </h2>
            <p className="card-meta">
              <bdi>{p.organisation}</bdi> · {tc(`pledgeKind.${p.kind}`)} · {p.updated}
            </p>
            <p lang={p.lang} dir="auto">
              {p.description}
            </p>
            <dl className="facts">
              <dt>{tc("pledgeForm.pillar")}</dt>
              <dd data-testid="review-pillar">{p.pillar}</dd>
              <dt>{tc("pledgeForm.metric")}</dt>
              <dd data-testid="review-metric">{tc("withNote", { text: isolate(p.metric), note: isolate(p.unit) })}</dd>
              <dt>{tc("pledgePage.baseline")}</dt>
              <dd data-testid="review-baseline">{tc("withNote", { text: p.baseline.value, note: p.baseline.year })}</dd>
              <dt>{tc("pledgePage.target")}</dt>
              <dd data-testid="review-target">{tc("withNote", { text: p.target.value, note: p.target.year })}</dd>
              <dt>{tc("pledgePage.period")}</dt>
              <dd data-testid="review-period">{p.period}</dd>
              {p.scopes.length ? (
                <>
                  <dt>{tc("pledgeForm.scopes")}</dt>
                  <dd data-testid="review-scopes">
                    {tc("pledgeForm.scopeList", { count: p.scopes.length, list: formatList(lang, p.scopes.map(String)) })}
                    {p.disclosesAllScopesYearly ? ` · ${tc("pledgeForm.disclose")}` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
            <ModerationForm id={p.id} seen={p.seen} />
          </li>
        ))}
      </ul>
      <h2 id="late">{t("pledges.late")}</h2>
      {late.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul>
        {late.map((p) => (
          <li key={p.id}>
            <a href={`/${lang}/pledges/${p.id}`} lang={p.lang}>
              <bdi>{p.title}</bdi>
            </a>{" "}
            — <bdi>{p.organisation}</bdi> · {p.lastYear ? t("pledges.lastReport", { year: p.lastYear }) : t("pledges.noReport")}
          </li>
        ))}
      </ul>
    </>
  );
}
