import { InParentheses } from "~/components/content";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { FormError, SafeForm } from "~/components/forms";
import {
  declarationsToEndorse,
  decideGovernmentEndorsement,
  endorseForGovernment,
  endorsementsAwaitingFocalPoint,
} from "~/models/focal-point-endorsements.server";
import { decideDelegate } from "~/models/focal-point-delegates.server";
import { publishedGovernmentEndorsements, withdrawGovernmentEndorsement } from "~/models/government-endorsements.server";
import { countryName } from "~/utils/country-options";
import { clearFocalPointSessionCookie, focalPointSessionToken, requireFocalPoint } from "~/auth/focal-point.server";
import { endFocalPointSession } from "~/models/focal-points.server";
import { lastDayOfWait } from "~/models/focal-point-wait.server";
import { formatDate, signSpace } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { SignOutForm } from "~/components/EmailLinkSignIn";
import { FocalPointDecision } from "./form.server";
import { Delegates } from "./Delegates";
import { Published } from "./Published";
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
      notice:
        done && ["confirm", "refuse", "approve", "decline", "endorse", "already", "forwarded", "withdraw"].includes(done) ? t(`focalPoint.done.${done}`) : null,
      delegates: delegatesView(lang, t, fp.country),
      toEndorse: declarationsToEndorse(fp.country).map((x) => ({
        slug: x.slug,
        title: pickTranslation(x.title, lang),
      })),
      endorsements: endorsementsAwaitingFocalPoint(fp.country).map(({ waitEnds, ...e }) => ({
        ...e,
        hasLetter: Boolean(e.hasLetter),
        title: pickTranslation(e.title, lang),
        submitted: formatDate(lang, e.createdAt),
        // Until when the decision is theirs alone; after it, the secretariat may review it without them.
        decideBy: waitEnds > Date.now() ? formatDate(lang, lastDayOfWait(waitEnds)) : null,
      })),
      published: publishedGovernmentEndorsements(fp.country).map((e) => ({
        id: e.id,
        slug: e.slug,
        organisation: e.organisation,
        title: pickTranslation(e.title, lang),
        published: e.approvedAt ? formatDate(lang, e.approvedAt) : "",
      })),
      meta: metaFor(lang, t("focalPoint.title", { country })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const fp = requireFocalPoint(request, lang);
  const s = await parseSubmission({
    request,
    context,
    lang,
    schema: FocalPointDecision(),
    guard: { kind: "signed-in" },
  });
  if (!s.ok) return data(s.failure, { status: s.status });
  const d = s.data;
  if (d.intent === "sign-out") {
    // On an office's shared computer the session must end when the focal point says so, not hours later.
    const token = focalPointSessionToken(request);
    if (token) endFocalPointSession(token);
    return redirect(`/${lang}/focal-point/sign-in?signed-out`, { headers: { "Set-Cookie": clearFocalPointSessionCookie() } });
  }
  if (d.intent === "endorse") {
    const result = endorseForGovernment(fp, d.declaration, d.statement || null);
    if (result === "not-found") throw new Response("Not Found", { status: 404 });
    return redirect(`/${lang}/focal-point?done=${result === "done" ? "endorse" : "already"}`);
  }
  if (d.intent === "withdraw") {
    // Another government's endorsement, or one not published (any more): nothing here to withdraw.
    if (withdrawGovernmentEndorsement(fp, d.id) === "not-found") throw new Response("Not Found", { status: 404 });
    return redirect(`/${lang}/focal-point?done=withdraw`);
  }
  const outcome =
    d.intent === "approve" || d.intent === "decline"
      ? decideDelegate(fp, d.id, d.intent, d.note || null)
      : decideGovernmentEndorsement(fp, d.id, d.intent === "confirm" ? "confirmed" : "refused", d.note || null);
  // Another country's endorsement or delegate, or one already decided: nothing here to act on.
  if (outcome === "not-found") throw new Response("Not Found", { status: 404 });
  return redirect(`/${lang}/focal-point?done=${outcome === "forwarded" ? "forwarded" : d.intent}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function FocalPointHome() {
  const { t } = useTranslation();
  const { lang, code, country, name, notice, endorsements, delegates, toEndorse, published } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container">
      <h1>{t("focalPoint.title", { country })}</h1>
      <p className="lead">
        {t("focalPoint.signedInAs", { name })} <a href={`/${lang}/member-states/${code.toLowerCase()}`}>{t("focalPoint.countryPage")}</a>
      </p>
      <SuccessNotice text={!failure && notice} />
      <FormError failure={failure} />
      {toEndorse.map((x) => (
        <section key={x.slug} className="card" aria-labelledby={`endorse-${x.slug}`}>
          <h2 id={`endorse-${x.slug}`}>{t("focalPoint.endorseTitle", { country })}</h2>
          <p lang={x.title.lang}>
            <a href={`/${lang}/declarations/${x.slug}`}>{x.title.text}</a>
          </p>
          <SafeForm className="stack">
            <input type="hidden" name="declaration" value={x.slug} />
            <div className="field">
              <label htmlFor={`statement-${x.slug}`}>{t("focalPoint.statement")}</label>
              <textarea id={`statement-${x.slug}`} name="statement" rows={3} maxLength={2000} />
            </div>
            <div>
              <button type="submit" name="intent" value="endorse" className="button">
                {t("focalPoint.endorse", { country })}
              </button>
            </div>
          </SafeForm>
        </section>
      ))}
      <h2>{t("focalPoint.awaiting")}</h2>
      {endorsements.length === 0 ? <p>{t("focalPoint.noneAwaiting")}</p> : null}
      {endorsements.map((e) => (
        <article key={e.id} className="card" data-endorsement={e.id}>
          <h3 lang={e.title.lang}>{e.title.text}</h3>
          <p>
            {t("focalPoint.submittedBy")}
            {signSpace(lang)}
            <bdi>{e.representativeName}</bdi>
            {t("comma")}
            <bdi>{e.representativeTitle}</bdi>
            <InParentheses>
              <bdi>{e.organisation}</bdi>
            </InParentheses>{" "}
            · {e.submitted}
          </p>
          <p className="hint">{e.decideBy ? t("focalPoint.decideBy", { date: e.decideBy }) : t("focalPoint.decideLate")}</p>
          {e.statement ? <p dir="auto">{e.statement}</p> : null}
          {e.hasLetter ? (
            <p>
              <a href={`/${lang}/focal-point/letters/${e.id}`} download>
                {t("focalPoint.letter")}
              </a>
            </p>
          ) : null}
          <SafeForm className="stack">
            <input type="hidden" name="id" value={e.id} />
            <div className="field">
              <label htmlFor={`note-${e.id}`}>{t("focalPoint.note")}</label>
              <p className="hint" id={`note-${e.id}-hint`}>
                {t("focalPoint.noteHint")}
              </p>
              <textarea id={`note-${e.id}`} name="note" rows={2} maxLength={1000} aria-describedby={`note-${e.id}-hint`} />
            </div>
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
      <Published lang={lang} endorsements={published} />
      <Delegates lang={lang} events={delegates} />
      <SignOutForm />
    </div>
  );
}
