import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { SafeForm } from "~/components/forms";
import { requireStaff } from "~/auth/staff.server";
import { checkInEvent, checkInFigures, doorClosed } from "~/models/check-in.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";
import { useTranslation } from "~/utils/use-translation";
import { CHECK_IN_ROLES, closedDoorMessage, handleCheckIn, type CheckInAnswer } from "./answer.server";
import { AnswerBox } from "./AnswerBox";
import { useCheckInDesk } from "./use-check-in-desk";

function loadEvent(id: string | undefined) {
  const event = checkInEvent(Number(id));
  if (!event) throw notFound();
  return event;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, CHECK_IN_ROLES);
  const event = loadEvent(params.id);
  const figures = checkInFigures(event.id);
  // Said before anyone scans: the door takes no code outside its hours.
  const door = doorClosed(event, Date.now());
  const closed = door ? closedDoorMessage(lang, door, event.timeZone, true) : null;
  return data(
    {
      lang,
      meta: metaFor(lang, getT(lang, "admin")("checkIn.title")),
      event: { id: event.id, title: pickTranslation(event.title, lang).text },
      closed,
      arrived: getT(lang, "admin")("checkIn.arrived", { arrived: formatNumber(lang, figures.arrived), expected: formatNumber(lang, figures.expected) }),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** Without JavaScript: the form posts here and the page shows the answer above a fresh form. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, CHECK_IN_ROLES);
  const event = loadEvent(params.id);
  const { status, answer } = await handleCheckIn({ request, context, lang, user, event });
  return data(answer, { status, headers: { "Cache-Control": "no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function CheckInDesk() {
  const { t } = useTranslation("admin");
  const { lang, event, arrived, closed } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>() as CheckInAnswer | undefined;
  const video = useRef<HTMLVideoElement>(null);
  const desk = useCheckInDesk({ formId: "check-in-form", endpoint: `/${lang}/admin/events/${event.id}/check-in.json`, eventId: event.id, video });
  const answer = desk.answer ?? posted ?? null;
  // An answer posted in the background (JavaScript on): read the page's figures again, so the count
  // of arrivals moves with each check-in, as it does when the form reloads the page.
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (desk.answer) revalidate();
  }, [desk.answer, revalidate]);
  return (
    <>
      <h1>{t("checkIn.title")}</h1>
      <p className="lead">
        <bdi>{event.title}</bdi>
      </p>
      <p data-testid="arrived">{arrived}</p>
      {closed ? (
        <p className="alert alert-info" data-testid="check-in-closed">
          {closed}
        </p>
      ) : null}
      <div aria-live="polite" role="status" className="check-in-live">
        {answer ? <AnswerBox answer={answer} /> : null}
        {desk.waiting > 0 ? (
          <p className="alert alert-info" data-testid="queue">
            {t("checkIn.waiting", { count: desk.waiting })}
          </p>
        ) : null}
        {desk.signedOut ? <p className="alert alert-error">{t("checkIn.signedOut")}</p> : null}
      </div>
      <SafeForm method="post" id="check-in-form" className="stack check-in-form" onSubmit={desk.onSubmit} noValidate>
        <div className="field">
          <label htmlFor="check-in-code">{t("checkIn.codeLabel")}</label>
          <p className="hint" id="check-in-hint">
            {t("checkIn.codeHint")}
          </p>
          <input
            id="check-in-code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            maxLength={64}
            aria-describedby="check-in-hint"
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the desk's one task: the next code goes straight in
            autoFocus
          />
        </div>
        <button type="submit" className="button">
          {t("checkIn.submit")}
        </button>
        {desk.canScan ? (
          <button type="button" className="button button-secondary" onClick={desk.toggleScan}>
            {desk.scanning ? t("checkIn.stopScan") : t("checkIn.scan")}
          </button>
        ) : null}
      </SafeForm>
      {desk.scanning ? <video ref={video} className="check-in-video" muted playsInline aria-label={t("checkIn.camera")} /> : null}
    </>
  );
}
