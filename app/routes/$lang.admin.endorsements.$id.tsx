import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Badge, InParentheses } from "~/components/content";
import { ChangeHistory, SavedNotice } from "~/components/editing";
import { Field, fieldRefusal, FormError, SafeForm } from "~/components/forms";
import { historyFor } from "~/models/audit.server";
import { approveEndorsement, endorsementForReview, focalPointWaitOf, rejectEndorsement, updateDisplayName } from "~/models/endorsement-review.server";
import { focalPointDecisionOf } from "~/models/focal-point-endorsements.server";
import { lastDayOfWait } from "~/models/focal-point-wait.server";
import { requireStaff } from "~/auth/staff.server";
import { isolate } from "~/utils/bidi";
import { countryName } from "~/utils/country-options";
import { formatDate, formatDateTime, formatNumber } from "~/utils/format";
import { cleanText, parseSubmission, requiredText } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";

const REVIEWERS = ["admin", "reviewer"] as const;
const Decision = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("approve"), displayName: cleanText(300) }),
    z.object({ intent: z.literal("rename"), displayName: cleanText(300) }),
    // The first press asks; the second, with `confirmed`, rejects (a plain form each way, no JavaScript needed).
    z.object({ intent: z.literal("reject"), reason: requiredText(1000), confirmed: z.literal("1").optional() }),
  ]);

function idOf(params: Record<string, string | undefined>) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return id;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, REVIEWERS);
  const id = idOf(params);
  const row = endorsementForReview(id);
  if (!row) throw notFound();
  const { e, d, duplicates } = row;
  const focalPoint = focalPointDecisionOf(id);
  const wait = focalPointWaitOf(e);
  return {
    lang,
    meta: metaFor(lang, getT(lang, "admin")("review.title")),
    endorsement: {
      id: e.id,
      status: e.status,
      category: e.category,
      organisation: e.organisation,
      displayName: e.displayName ?? "",
      country: countryName(lang, e.country),
      representativeName: e.representativeName,
      representativeTitle: e.representativeTitle,
      email: e.email,
      statement: e.statement,
      letterName: e.letterName,
      letterSize: e.letterSize ? formatNumber(lang, Math.ceil(e.letterSize / 1024), { style: "unit", unit: "kilobyte" }) : null,
      submitted: formatDateTime(lang, e.createdAt),
      verified: e.verifiedAt ? formatDateTime(lang, e.verifiedAt) : null,
      rejectionReason: e.rejectionReason,
      declaration: pickTranslation(d.title, lang).text,
    },
    // What the government's focal point said before it reached the secretariat (their note is for the secretariat).
    focalPoint: focalPoint ? { name: focalPoint.name ?? "—", note: focalPoint.note, decided: formatDateTime(lang, focalPoint.decidedAt) } : null,
    // Or, still undecided by them: until when it waits for them, or since when the secretariat may decide without them.
    focalPointWait: !wait
      ? null
      : "waitsUntil" in wait
        ? { waiting: true, text: getT(lang, "admin")("review.awaitsFocalPointUntil", { date: formatDate(lang, lastDayOfWait(wait.waitsUntil)) }) }
        : { waiting: false, text: getT(lang, "admin")("review.focalPointSilent", { date: formatDate(lang, lastDayOfWait(wait.silentSince)) }) },
    duplicates,
    history: historyFor("endorsement", id).map((h) => ({ ...h, at: formatDateTime(lang, h.at) })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, REVIEWERS);
  const id = idOf(params);
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (s.data.intent === "reject" && !s.data.confirmed) return data({ askReject: s.data.reason });
  const done =
    s.data.intent === "approve"
      ? approveEndorsement(id, s.data.displayName || null, user.id)
      : s.data.intent === "rename"
        ? updateDisplayName(id, s.data.displayName || null, user.id)
        : rejectEndorsement(id, s.data.reason, user.id);
  if (!done || done === "government-already") {
    const formError = getT(lang, "admin")(done === "government-already" ? "review.governmentAlready" : "review.stale");
    return data({ formError, fieldErrors: {}, values: {} }, { status: 409 });
  }
  return redirect(`/${lang}/admin/endorsements/${id}?saved=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ReviewEndorsement() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, endorsement: e, duplicates, history, focalPoint, focalPointWait } = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const askReject = acted && "askReject" in acted ? acted.askReject : null;
  const failure = acted && !("askReject" in acted) ? acted : undefined;
  const decidable = (e.status === "pending" || e.status === "approved") && !focalPointWait?.waiting;
  // A refused field's summary goes in the form that has the field (the name, or the reason), where it
  // can name and link each field; the summary at the top had no form's ids and listed bare messages.
  const intent = (failure?.values as Record<string, string> | undefined)?.intent;
  const sentFrom = intent === "reject" ? "reject" : intent === "approve" || intent === "rename" ? "name" : null;
  const fieldFailure = decidable && sentFrom ? fieldRefusal(failure) : null;
  const refusedIn = (form: "name" | "reject") => (sentFrom === form ? fieldFailure : null);
  return (
    <>
      <h1>
        <bdi>{e.organisation}</bdi> <Badge>{tc(`endorsementStatus.${e.status}`)}</Badge>
      </h1>
      <SavedNotice failed={!!acted} />
      <FormError failure={fieldFailure ? null : failure} />
      {duplicates.length ? (
        <div className="alert alert-error" role="note">
          <p>{t("review.duplicateOf")}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <a href={`/${lang}/admin/endorsements/${d.id}`}>
                  <bdi>{d.organisation}</bdi>
                </a>
                <InParentheses>{tc(`endorsementStatus.${d.status}`)}</InParentheses>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("review.declaration")}</dt>
        <dd>{e.declaration}</dd>
        <dt>{tc("endorse.category")}</dt>
        <dd>{tc(`endorserCategory.${e.category}`)}</dd>
        <dt>{tc("register.country")}</dt>
        <dd>{e.country}</dd>
        <dt>{t("review.representative")}</dt>
        <dd>
          <bdi>{e.representativeName}</bdi>
          {t("common:comma")}
          <bdi>{e.representativeTitle}</bdi>
        </dd>
        <dt>{tc("register.email")}</dt>
        <dd>
          <span dir="ltr">{e.email}</span>
        </dd>
        <dt>{t("review.submitted")}</dt>
        <dd>{e.submitted}</dd>
        <dt>{t("review.verifiedAt")}</dt>
        <dd>{e.verified ?? "—"}</dd>
        <dt>{t("review.statement")}</dt>
        <dd className="statement" dir="auto">
          {e.statement ?? "—"}
        </dd>
        <dt>{t("review.letter")}</dt>
        <dd>
          {e.letterName ? (
            <a href={`/${lang}/admin/endorsements/${e.id}/letter`} download>
              <bdi>{e.letterName}</bdi>
              <InParentheses>{e.letterSize}</InParentheses>
            </a>
          ) : (
            "—"
          )}
          {e.letterName && e.status === "pending" ? <p className="hint">{t("review.letterHint")}</p> : null}
        </dd>
        {focalPoint ? (
          <>
            <dt>{t("review.focalPoint")}</dt>
            <dd>
              <bdi>{focalPoint.name}</bdi> · {focalPoint.decided}
            </dd>
            <dt>{t("review.focalPointNote")}</dt>
            <dd className="statement" dir="auto">
              {focalPoint.note ?? "—"}
            </dd>
          </>
        ) : null}
        {e.rejectionReason ? (
          <>
            <dt>{t("review.reason")}</dt>
            <dd>{e.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      {focalPointWait ? (
        <p className="alert alert-info" role="note" data-testid="focal-point-wait">
          {focalPointWait.text}
        </p>
      ) : null}
      {askReject !== null && (e.status === "pending" || e.status === "approved") ? (
        <div className="alert alert-error" role="alert" data-testid="confirm-reject">
          <p>{t("review.confirmReject", { organisation: isolate(e.organisation) })}</p>
          <SafeForm className="stack">
            <input type="hidden" name="intent" value="reject" />
            <input type="hidden" name="confirmed" value="1" />
            <Field name="reason" label={t("review.reason")} hint={t("review.reasonHint")} multiline required defaultValue={askReject} maxLength={1000} />
            <div className="inline-form">
              <button type="submit" className="button button-danger">
                {t("review.reject")}
              </button>
              <a href={`/${lang}/admin/endorsements/${e.id}`}>{t("desk.keep")}</a>
            </div>
          </SafeForm>
        </div>
      ) : decidable ? (
        // Nothing to decide while its government's focal point still has the decision: it would be refused.
        <div className="card-grid">
          <SafeForm className="stack card">
            <input type="hidden" name="intent" value={e.status === "pending" ? "approve" : "rename"} />
            <FormError failure={refusedIn("name")} />
            <Field
              name="displayName"
              label={t("review.displayName")}
              hint={t("review.displayNameHint")}
              defaultValue={e.displayName}
              failure={failure}
              maxLength={300}
            />
            <button type="submit" className="button">
              {e.status === "pending" ? t("review.approve") : t("editor.save")}
            </button>
          </SafeForm>
          <SafeForm className="stack card">
            <input type="hidden" name="intent" value="reject" />
            <FormError failure={refusedIn("reject")} />
            <Field name="reason" label={t("review.reason")} hint={t("review.reasonHint")} multiline required failure={failure} maxLength={1000} />
            <button type="submit" className="button button-secondary">
              {t("review.reject")}
            </button>
          </SafeForm>
        </div>
      ) : null}
      <ChangeHistory history={history} />
    </>
  );
}
