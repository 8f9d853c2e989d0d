import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { closedYears } from "~/models/reporting-years.server";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Field, fieldRefusal, FormError, SafeForm } from "~/components/forms";
import { PledgeFields } from "~/components/PledgeFields";
import { listPillars } from "~/models/pillars.server";
import { ownPledge, ownReports, reportProgress, revisePledge, withdrawPledge } from "~/models/pledges.server";
import { keptValues, parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { formatDate, formatNumber, formatNumberForInput } from "~/utils/format";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";
import { parsePledgeForm, reportSchema, scopeValues } from "~/routes/$lang.partners.pledges.new/form.server";
import { notFound } from "~/utils/http.server";
import { readForm } from "~/utils/form-body.server";
import { FlashNotice, noticesUnder } from "~/components/FlashNotice";

const Intent = () => z.object({ intent: z.enum(["revise", "withdraw", "report"]) });

function pledgeOf(orgId: number, param: string | undefined) {
  const pledge = ownPledge(orgId, Number(param));
  // Another organisation's pledge looks exactly like a missing one.
  if (!pledge) throw notFound();
  return pledge;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const pledge = pledgeOf(org.id, params.id);
  const closed = new Set(closedYears());
  return data(
    {
      lang,
      pledge,
      // The revision form starts from the figures as the page's language writes them.
      figures: { baselineValue: formatNumberForInput(lang, pledge.baselineValue), targetValue: formatNumberForInput(lang, pledge.targetValue) },
      // Shown as typed in the page's language, so a correction starts from what was sent.
      reports: ownReports(org.id, pledge.id).map((r) => ({
        ...r,
        // The secretariat has closed that reporting year: the report is final.
        closed: closed.has(r.year),
        reportedOn: formatDate(lang, r.reportedAt),
        valueText: formatNumber(lang, r.value, { maximumFractionDigits: 6 }),
        scopeTexts: Object.fromEntries(Object.entries(r.scopeValues ?? {}).map(([s, v]) => [s, formatNumber(lang, v, { maximumFractionDigits: 6 })])),
      })),
      pillars: listPillars().map((p) => ({ id: p.id, title: `${p.number}. ${pickTranslation(p.title, lang).text}` })),
      meta: metaFor(lang, pledge.title),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const pledge = pledgeOf(org.id, params.id);
  // The body is read once (an unreadable one is a 400 from parseSubmission, not a 500 here).
  const form = await readForm(request);
  const intent = form?.get("intent");
  const back = (done: string) => redirect(`/${lang}/partners/pledges/${pledge.id}?done=${done}`);
  if (intent === "withdraw") {
    const s = await parseSubmission({ request, context, lang, schema: Intent(), guard: { kind: "signed-in" }, form });
    if (!s.ok) return data(s.failure, { status: s.status });
    return withdrawPledge(org.id, pledge.id)
      ? back("withdrawn")
      : data({ formError: getT(lang)("pledgeForm.notNow"), fieldErrors: {}, values: {} }, { status: 409 });
  }
  if (intent === "report") {
    const s = await parseSubmission({
      request,
      context,
      lang,
      schema: reportSchema(lang, new Date(), pledge.baselineYear),
      guard: { kind: "signed-in" },
      form,
    });
    if (!s.ok) return data(s.failure, { status: s.status });
    const { scope1: _1, scope2: _2, scope3: _3, ...report } = s.data;
    const ok = reportProgress(org.id, pledge.id, { ...report, scopeValues: scopeValues(s.data) });
    if (ok === "closed-year") {
      const t = getT(lang);
      const values = form ? keptValues(form) : {};
      return data({ formError: t("errors.checkFields"), fieldErrors: { year: t("pledgeForm.yearClosed", { year: report.year }) }, values }, { status: 409 });
    }
    return ok ? back("reported") : data({ formError: getT(lang)("pledgeForm.notNow"), fieldErrors: {}, values: {} }, { status: 409 });
  }
  const s = await parsePledgeForm({ request, context, lang, form });
  if (!s.ok) return data(s.failure, { status: s.status });
  return revisePledge(org.id, pledge.id, s.data)
    ? back("submitted")
    : data({ formError: getT(lang)("pledgeForm.notNow"), fieldErrors: {}, values: {} }, { status: 409 });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PartnerPledge() {
  const { t } = useTranslation();
  const { lang, pledge, figures, pillars, reports } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const editable = pledge.status === "in-review" || pledge.status === "changes-requested";
  const fieldFailure = fieldRefusal(failure);
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/partners/account`}>{t("partners.accountTitle")}</a>
      </p>
      <h1 lang={pledge.lang} dir="auto">
        {pledge.title}
      </h1>
      <FlashNotice notices={noticesUnder("pledgeForm.done", ["submitted", "withdrawn", "reported"])} failed={failure} />
      <p>
        {t("labelValue", { label: t("pledgeForm.status"), value: "" })}
        <strong data-testid="pledge-status">{t(`pledgeStatus.${pledge.status}`)}</strong>
        {pledge.status === "published" ? (
          <>
            {" · "}
            <a href={`/${lang}/pledges/${pledge.id}`}>{t("pledgeForm.publicPage")}</a>
          </>
        ) : null}
      </p>
      {pledge.moderatorComment ? (
        <blockquote className="statement" dir="auto">
          {pledge.moderatorComment}
        </blockquote>
      ) : null}
      {/* A refusal of a field goes in the form with that field (published: the report; else the revision), where its summary can link to each field by name. */}
      <FormError failure={fieldFailure ? null : failure} />
      {pledge.status === "published" ? (
        <section aria-labelledby="report">
          <h2 id="report">{t("pledgeForm.reportTitle")}</h2>
          <SafeForm className="stack" noValidate>
            <input type="hidden" name="intent" value="report" />
            <FormError failure={fieldFailure} />
            <div className="editor-grid">
              <Field name="year" type="number" label={t("pledgeForm.reportYear")} required failure={failure} />
              <Field name="value" label={t("pledgeForm.reportValue", { unit: pledge.unit })} required failure={failure} />
              <Field name="evidenceUrl" label={t("pledgeForm.evidence")} failure={failure} dir="ltr" />
            </div>
            {pledge.scopes.length ? (
              <div className="editor-grid">
                {["1", "2", "3"].map((s) => (
                  <Field key={s} name={`scope${s}`} label={t("pledgeForm.scopeValue", { scope: s, unit: pledge.unit })} failure={failure} />
                ))}
              </div>
            ) : null}
            <Field name="narrative" label={t("pledgeForm.narrative")} required multiline maxLength={3000} failure={failure} />
            <button type="submit" className="button">
              {t("pledgeForm.reportSubmit")}
            </button>
          </SafeForm>
        </section>
      ) : null}
      {reports.length ? (
        <section aria-labelledby="past-reports">
          <h2 id="past-reports">{t("pledgeForm.pastReports")}</h2>
          {reports.map((r) => (
            <details key={r.year} className="report">
              <summary>
                {t("pledgePage.reportFor", { year: r.year })} · {r.valueText} {pledge.unit} · {t("pledgeForm.sentOn", { date: r.reportedOn })}
              </summary>
              <p className="statement" dir="auto">
                {r.narrative}
              </p>
              {r.closed ? (
                <p className="hint">{t("pledgeForm.yearClosed", { year: r.year })}</p>
              ) : (
                <SafeForm className="stack" noValidate aria-label={t("pledgeForm.correctReport", { year: r.year })}>
                  <input type="hidden" name="intent" value="report" />
                  <input type="hidden" name="year" value={r.year} />
                  <Field name="value" label={t("pledgeForm.reportValue", { unit: pledge.unit })} required defaultValue={r.valueText} />
                  <Field name="evidenceUrl" label={t("pledgeForm.evidence")} defaultValue={r.evidenceUrl ?? ""} dir="ltr" />
                  {pledge.scopes.length
                    ? ["1", "2", "3"].map((s) => (
                        <Field
                          key={s}
                          name={`scope${s}`}
                          label={t("pledgeForm.scopeValue", { scope: s, unit: pledge.unit })}
                          defaultValue={r.scopeTexts[s] ?? ""}
                        />
                      ))
                    : null}
                  <Field name="narrative" label={t("pledgeForm.narrative")} required multiline maxLength={3000} defaultValue={r.narrative} />
                  <button type="submit" className="button button-secondary">
                    {t("pledgeForm.correctReport", { year: r.year })}
                  </button>
                </SafeForm>
              )}
            </details>
          ))}
        </section>
      ) : null}
      {editable ? (
        <section aria-labelledby="revise">
          <h2 id="revise">{t("pledgeForm.reviseTitle")}</h2>
          <SafeForm className="stack" noValidate>
            <input type="hidden" name="intent" value="revise" />
            <FormError failure={fieldFailure} />
            <PledgeFields failure={failure} values={failure?.values ?? { ...pledge, ...figures }} pillars={pillars} />
            <button type="submit" className="button">
              {t("pledgeForm.submit")}
            </button>
          </SafeForm>
        </section>
      ) : null}
      {editable || pledge.status === "published" ? (
        <SafeForm>
          <input type="hidden" name="intent" value="withdraw" />
          <button type="submit" className="button button-secondary">
            {t("pledgeForm.withdraw")}
          </button>
        </SafeForm>
      ) : null}
    </div>
  );
}
