import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Pagination } from "~/components/content";
import { Field, FormError, IntentButton, SafeForm } from "~/components/forms";
import { visaLetterStatuses } from "~/models/visa-letter-types";
import { approveVisaLetter, refuseVisaLetter, resendVisaLetter, visaQueue } from "~/models/visa-letters.server";
import { requireStaff } from "~/auth/staff.server";
import { countryName } from "~/utils/country-options";
import { formatCalendarDate, formatDateTime } from "~/utils/format";
import { cleanText, parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { fullName } from "~/utils/person-name";
import { isolate } from "~/utils/bidi";

/** The secretariat's visa queue: the only place passport details are shown. */
const DESK = ["admin", "editor"] as const;
const Decision = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("approve"), id: z.coerce.number().int().positive() }),
    z.object({ intent: z.literal("refuse"), id: z.coerce.number().int().positive(), reason: cleanText(1000).transform((s) => s || null) }),
    z.object({ intent: z.literal("resend"), id: z.coerce.number().int().positive() }),
  ]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, DESK);
  const url = new URL(request.url);
  const status = z.enum(visaLetterStatuses).catch("requested").parse(url.searchParams.get("status"));
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(url.searchParams.get("page"));
  const queue = visaQueue(status, page);
  return data(
    {
      lang,
      status,
      page,
      pages: queue.pages,
      meta: metaFor(lang, getT(lang, "admin")("visa.title")),
      items: queue.items.map(({ v, email, firstName, lastName, eventTitle, decidedByName }) => ({
        id: v.id,
        fullName: v.fullName,
        registeredName: fullName(firstName, lastName),
        email,
        event: pickTranslation(eventTitle, lang).text,
        nationality: countryName(lang, v.nationality),
        dateOfBirth: formatCalendarDate(lang, v.dateOfBirth),
        passportNumber: v.passportNumber,
        issued: formatCalendarDate(lang, v.passportIssuedOn),
        expires: formatCalendarDate(lang, v.passportExpiresOn),
        place: v.placeOfApplication,
        letterLang: v.letterLang,
        requested: formatDateTime(lang, v.requestedAt),
        reason: v.refusalReason,
        decided: v.decidedAt ? formatDateTime(lang, v.decidedAt) : null,
        decidedBy: decidedByName,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, DESK);
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const refusal = (key: string) => data({ formError: getT(lang, "admin")(key), fieldErrors: {}, values: {} }, { status: 409 });
  if (s.data.intent === "resend") {
    const resent = await resendVisaLetter(s.data.id, user.id);
    if (resent === "not-eligible") return refusal("visa.notEligibleAgain");
    // Not approved (refused, or gone with a cancellation meanwhile): the queue shows where it stands.
    return redirect(`/${lang}/admin/visa-letters?status=approved${resent === "sent" || resent === "sent-just-now" ? "&done=resend" : ""}`);
  }
  const approved = s.data.intent === "approve" ? await approveVisaLetter(s.data.id, user.id) : null;
  if (approved === "not-eligible") return refusal("visa.notEligible");
  const done = approved === null ? refuseVisaLetter(s.data.id, user.id, s.data.intent === "refuse" ? s.data.reason : null) : approved === "approved";
  // Decided already (a second press, a colleague): the queue shows it where it now stands.
  return redirect(`/${lang}/admin/visa-letters${done ? `?done=${s.data.intent}` : ""}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function VisaQueue() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, status, items, page, pages } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = search.get("done");
  return (
    <>
      <h1>{t("visa.title")}</h1>
      <SuccessNotice
        text={done === "approve" ? t("visa.approvedNow") : done === "refuse" ? t("visa.refusedNow") : done === "resend" ? t("visa.resentNow") : null}
      />
      <FormError failure={failure} />
      <Form method="get" className="filters">
        <label>
          {t("editor.status")}
          <select name="status" defaultValue={status}>
            {visaLetterStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`visa.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("desk.filter")}
        </button>
      </Form>
      {items.length === 0 ? <p>{t("visa.empty")}</p> : null}
      {items.map((v) => (
        <article key={v.id} className="card" aria-labelledby={`visa-${v.id}`}>
          <h2 id={`visa-${v.id}`}>
            <bdi>{v.fullName}</bdi>
          </h2>
          <dl>
            <dt>{t("visa.registeredName")}</dt>
            <dd>
              <bdi data-testid="registered-name">{v.registeredName}</bdi>
            </dd>
            <dt>{t("visa.event")}</dt>
            <dd>{v.event}</dd>
            <dt>{t("desk.email")}</dt>
            <dd>
              <span dir="ltr">{v.email}</span>
            </dd>
            <dt>{tc("visa.nationality")}</dt>
            <dd>{v.nationality}</dd>
            <dt>{tc("visa.dateOfBirth")}</dt>
            <dd>{v.dateOfBirth}</dd>
            <dt>{tc("visa.passportNumber")}</dt>
            <dd>
              <span dir="ltr">{v.passportNumber}</span>
            </dd>
            <dt>{tc("visa.passportIssuedOn")}</dt>
            <dd>{v.issued}</dd>
            <dt>{tc("visa.passportExpiresOn")}</dt>
            <dd>{v.expires}</dd>
            <dt>{t("visa.placeOfApplication")}</dt>
            <dd>
              <bdi>{v.place}</bdi>
            </dd>
            <dt>{tc("visa.letterLang")}</dt>
            <dd>{tc(`visa.letterLangs.${v.letterLang}`)}</dd>
            <dt>{t("visa.requested")}</dt>
            <dd>{v.requested}</dd>
            {v.decided ? (
              <>
                <dt>{t("visa.decided")}</dt>
                <dd data-testid="decided">{v.decidedBy ? t("visa.decidedBy", { date: v.decided, name: isolate(v.decidedBy) }) : v.decided}</dd>
              </>
            ) : null}
            {v.reason ? (
              <>
                <dt>{t("visa.reason")}</dt>
                <dd dir="auto">{v.reason}</dd>
              </>
            ) : null}
          </dl>
          {status === "requested" ? (
            <div className="inline-form">
              <IntentButton intent="approve" values={{ id: v.id }} label={t("visa.approve")} />
              <SafeForm>
                <input type="hidden" name="intent" value="refuse" />
                <input type="hidden" name="id" value={v.id} />
                <Field name="reason" label={t("visa.reasonOptional")} multiline maxLength={1000} dir="auto" />
                <button type="submit" className="button button-secondary">
                  {t("visa.refuse")}
                </button>
              </SafeForm>
            </div>
          ) : null}
          {status === "approved" ? <IntentButton intent="resend" values={{ id: v.id }} label={t("visa.resend")} secondary /> : null}
        </article>
      ))}
      <Pagination page={page} pages={pages} hrefFor={(p) => `/${lang}/admin/visa-letters?status=${status}&page=${p}`} />
    </>
  );
}
