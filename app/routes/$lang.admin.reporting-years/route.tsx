import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FlashNotice } from "~/components/FlashNotice";
import { FormError, IntentButton, SafeForm, SelectField } from "~/components/forms";
import { closableYears, closedYears, closeReportingYear, reopenReportingYear, reportingYearHistory } from "~/models/reporting-years.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDateTime } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { forbidden } from "~/utils/http.server";
import { useTranslation } from "~/utils/use-translation";

/** The secretariat closes a year of the emissions database; only an administrator reopens one. */
const CLOSERS = ["admin", "reviewer"] as const;
const Change = () => z.object({ intent: z.enum(["close", "reopen"]), year: z.coerce.number().int() });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, CLOSERS);
  const closed = closedYears();
  return {
    lang,
    mayReopen: user.role === "admin",
    closed,
    open: closableYears().filter((y) => !closed.includes(y)),
    history: reportingYearHistory().map((h) => ({ ...h, at: formatDateTime(lang, h.at) })),
    meta: metaFor(lang, getT(lang, "admin")("reportingYears.title")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, CLOSERS);
  const s = await parseSubmission({ request, context, lang, schema: Change(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { intent, year } = s.data;
  if (intent === "reopen" && user.role !== "admin") throw forbidden();
  if (intent === "close" && !closableYears().includes(year)) {
    const t = getT(lang);
    return data({ formError: t("errors.checkFields"), fieldErrors: { year: t("errors.choice") }, values: { year: String(year) } }, { status: 400 });
  }
  // Closing a closed year, or reopening an open one (a form sent twice), changes nothing and says so as done.
  if (intent === "close") closeReportingYear(year, user.id);
  else reopenReportingYear(year, user.id);
  return redirect(`/${lang}/admin/reporting-years?done=${intent === "close" ? "closed" : "reopened"}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ReportingYears() {
  const { t } = useTranslation("admin");
  const { lang, closed, open, mayReopen, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <h1>{t("reportingYears.title")}</h1>
      <FlashNotice notices={{ closed: "admin:reportingYears.done.closed", reopened: "admin:reportingYears.done.reopened" }} failed={failure} />
      <p>{t("reportingYears.intro")}</p>
      <h2>{t("reportingYears.closedHeading")}</h2>
      {closed.length === 0 ? <p>{t("reportingYears.noneClosed")}</p> : null}
      <ul className="plain-list">
        {closed.map((year) => (
          <li key={year} className="inline-form" data-testid={`closed-${year}`}>
            <strong>{year}</strong>
            {mayReopen ? <IntentButton intent="reopen" values={{ year }} label={t("reportingYears.reopen", { year })} secondary /> : null}
          </li>
        ))}
      </ul>
      {open.length ? (
        <SafeForm className="stack card">
          <p>{t("reportingYears.closeHint")}</p>
          <FormError failure={failure} />
          <input type="hidden" name="intent" value="close" />
          <SelectField
            name="year"
            label={t("reportingYears.year")}
            options={open.map((y) => ({ value: String(y), label: String(y) }))}
            failure={failure}
            required
          />
          <div>
            <button type="submit" className="button">
              {t("reportingYears.close")}
            </button>
          </div>
        </SafeForm>
      ) : null}
      {history.length ? (
        <section aria-labelledby="year-history">
          <h2 id="year-history">{t("editor.history")}</h2>
          <ul>
            {history.map((h) => (
              <li key={h.id}>{t(`reportingYears.history.${h.action}`, { year: h.year, who: h.who ?? "—", at: h.at })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={`/${lang}/admin/disclosures`}>{t("disclosures.title")}</a>
      </p>
    </>
  );
}
