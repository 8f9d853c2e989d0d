import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FlashNotice, noticesUnder } from "~/components/FlashNotice";
import { ModerationForm, moderationDecisions } from "~/components/ModerationForm";
import { ModerationDecision } from "~/components/ModerationForm.server";
import { lateDisclosers } from "~/models/disclosure-directory.server";
import { disclosureQueue, moderateDisclosure } from "~/models/disclosures.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { conflict } from "~/utils/http.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { isolate } from "~/utils/bidi";

const MODERATORS = ["admin", "reviewer"] as const;

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, MODERATORS);
  const tc = getT(lang);
  // With their unit, as the partner's own list and the public pages give them.
  const tonnes = (n: number | null) => (n === null ? "—" : tc("emissions.tonnes", { value: formatNumber(lang, n, { maximumFractionDigits: 1 }) }));
  return {
    lang,
    lastYear: new Date().getUTCFullYear() - 1,
    late: lateDisclosers(),
    queue: disclosureQueue().map(({ disclosure: d, organisation }) => ({
      id: d.id,
      organisation,
      organisationId: d.organisationId,
      year: d.year,
      reason: d.restatementReason,
      updated: formatDateTime(lang, d.updatedAt),
      seen: d.updatedAt,
      figures: {
        scope1: tonnes(d.scope1),
        scope2Location: tonnes(d.scope2Location),
        scope2Market: tonnes(d.scope2Market),
        scope3: tonnes(d.scope3),
        total: tonnes(d.total),
      },
      assurance: d.assurance,
      assurer: d.assurer,
      reportUrl: d.reportUrl,
      methodology: d.methodology,
    })),
    meta: metaFor(lang, getT(lang, "admin")("disclosures.title")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, MODERATORS);
  const s = await parseSubmission({ request, context, lang, schema: ModerationDecision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (!moderateDisclosure(s.data.id, s.data.decision, s.data.comment || null, user.id, Date.now(), s.data.seen)) throw conflict();
  return redirect(`/${lang}/admin/disclosures?done=${s.data.decision}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function DisclosureReview() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { queue, late, lang, lastYear } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("disclosures.title")}</h1>
      <FlashNotice notices={noticesUnder("admin:review.disclosureDone", moderationDecisions)} />
      {queue.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {queue.map((d) => (
          <li key={d.id} className="card">
            <h2>{t("disclosures.heading", { organisation: isolate(d.organisation), year: d.year })}</h2>
            <p className="card-meta">
              {d.updated}
              {d.reason ? ` · ${tc("emissions.restatement")}` : ""}
            </p>
            {d.reason ? <p>{tc("emissions.org.reason", { reason: d.reason })}</p> : null}
            <dl className="facts">
              {(["scope1", "scope2Location", "scope2Market", "scope3", "total"] as const).map((k) => (
                <div key={k}>
                  <dt>{tc(`emissions.column.${k}`)}</dt>
                  <dd>{d.figures[k]}</dd>
                </div>
              ))}
              <div>
                <dt>{tc("emissions.form.assurance")}</dt>
                <dd>
                  {tc(`emissions.assurance.${d.assurance}`)}
                  {d.assurer ? ` (${d.assurer})` : ""}
                </dd>
              </div>
            </dl>
            {d.reportUrl ? (
              <p>
                <a href={d.reportUrl} rel="noopener noreferrer">
                  {tc("emissions.org.report")}
                </a>
              </p>
            ) : null}
            <ModerationForm id={d.id} seen={d.seen} />
          </li>
        ))}
      </ul>
      <h2>{t("disclosures.late", { year: lastYear })}</h2>
      {late.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul>
        {late.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      <p>
        <a href={`/${lang}/admin/reporting-years`}>{t("reportingYears.title")}</a>
      </p>
      <p>
        <a href={`/${lang}/emissions`}>{tc("emissions.title")}</a>
      </p>
    </>
  );
}
