import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FormError, SafeForm } from "~/components/forms";
import { decideGovernmentEndorsement, endorsementsAwaitingFocalPoint } from "~/models/focal-points.server";
import { decideDelegate } from "~/models/focal-point-delegates.server";
import { countryName } from "~/utils/country-options";
import { requireFocalPoint } from "~/utils/focal-point-auth.server";
import { formatDate } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { EndorsementDecision } from "./form.server";
import { Delegates } from "./Delegates";
import { delegatesView } from "./view.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const fp = requireFocalPoint(request, lang);
  const country = countryName(lang, fp.country);
  const done = new URL(request.url).searchParams.get("done");
  const t = getT(lang);
  return data(
    {
      lang,
      code: fp.country,
      country,
      name: fp.name,
      notice: done && ["confirm", "refuse", "approve", "decline"].includes(done) ? t(`focalPoint.done.${done}`) : null,
      delegates: delegatesView(lang, t, fp.country),
      endorsements: endorsementsAwaitingFocalPoint(fp.country).map((e) => ({ ...e, title: pickTranslation(e.title, lang), submitted: formatDate(lang, e.createdAt) })),
      meta: metaFor(lang, t("focalPoint.title", { country })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const fp = requireFocalPoint(request, lang);
  const s = await parseSubmission({ request, context, lang, schema: EndorsementDecision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const { intent, id, note } = s.data;
  const outcome =
    intent === "approve" || intent === "decline"
      ? decideDelegate(fp, id, intent, note || null)
      : decideGovernmentEndorsement(fp, id, intent === "confirm" ? "confirmed" : "refused", note || null);
  // Another country's endorsement or delegate, or one already decided: nothing here to act on.
  if (outcome === "not-found") throw new Response("Not Found", { status: 404 });
  return redirect(`/${lang}/focal-point?done=${s.data.intent}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function FocalPointHome() {
  const { t } = useTranslation();
  const { lang, code, country, name, notice, endorsements, delegates } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container">
      <h1>{t("focalPoint.title", { country })}</h1>
      <p className="lead">
        {t("focalPoint.signedInAs", { name })} <a href={`/${lang}/member-states/${code.toLowerCase()}`}>{t("focalPoint.countryPage")}</a>
      </p>
      {!failure && notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      <FormError failure={failure} />
      <h2>{t("focalPoint.awaiting")}</h2>
      {endorsements.length === 0 ? <p>{t("focalPoint.noneAwaiting")}</p> : null}
      {endorsements.map((e) => (
        <article key={e.id} className="card" data-endorsement={e.id}>
          <h3 lang={e.title.lang}>{e.title.text}</h3>
          <p>
            {t("focalPoint.submittedBy")}{" "}
            <bdi>{e.representativeName}</bdi>, <bdi>{e.representativeTitle}</bdi> (<bdi>{e.organisation}</bdi>) · {e.submitted}
          </p>
          {e.statement ? <p dir="auto">{e.statement}</p> : null}
          <SafeForm className="stack">
            <input type="hidden" name="id" value={e.id} />
            <label htmlFor={`note-${e.id}`}>{t("focalPoint.note")}</label>
            <textarea id={`note-${e.id}`} name="note" rows={2} maxLength={1000} />
            <div className="actions">
              <button type="submit" name="intent" value="confirm" className="button">
                {t("focalPoint.confirm")}
              </button>{" "}
              <button type="submit" name="intent" value="refuse" className="button button-secondary">
                {t("focalPoint.refuse")}
              </button>
            </div>
          </SafeForm>
        </article>
      ))}
      <Delegates lang={lang} events={delegates} />
    </div>
  );
}
