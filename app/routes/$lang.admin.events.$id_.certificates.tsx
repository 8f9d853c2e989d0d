import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Pagination } from "~/components/content";
import { DataTable } from "~/components/DataTable";
import { FilterSelect } from "~/components/FilterSelect";
import { IntentButton } from "~/components/forms";
import { certificateCounts, issueCertificates, issuedCertificates, ofParticipationType, reissueCertificate } from "~/models/certificates.server";
import { typesOfEvent } from "~/models/participation-types.server";
import { eventDesk } from "~/auth/event-desk.server";
import { formatDate, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { conflict } from "~/utils/http.server";

const CertificateAction = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("issue"), type: z.coerce.number().int().positive().optional() }),
    z.object({ intent: z.literal("reissue"), registrationId: z.coerce.number().int().positive() }),
  ]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, event } = eventDesk(request, params);
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(new URL(request.url).searchParams.get("page"));
  const types = typesOfEvent(event.id);
  const asked = z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .catch(undefined)
    .parse(new URL(request.url).searchParams.get("type") || undefined);
  const type = types.some((ty) => ty.id === asked) ? asked : undefined;
  const counts = certificateCounts(event.id, ofParticipationType(type));
  const list = issuedCertificates(event.id, page);
  return {
    lang,
    page,
    pages: list.pages,
    type,
    types: types.length > 1 ? types.map((ty) => ({ id: ty.id, name: pickTranslation(ty.name, lang).text })) : [],
    meta: metaFor(lang, getT(lang, "admin")("certificates.title")),
    event: { id: event.id, title: pickTranslation(event.title, lang).text, ended: event.endsAt <= Date.now() },
    counts: {
      attended: formatNumber(lang, counts.attended),
      issued: formatNumber(lang, counts.issued),
      waiting: counts.waiting,
      anyAttended: counts.attended > 0,
    },
    issued: list.items.map((c) => ({ registrationId: c.registrationId, name: c.holderName, lang: c.lang as Lang, issuedOn: formatDate(lang, c.issuedAt) })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, user, event } = eventDesk(request, params);
  const s = await parseSubmission({ request, context, lang, schema: CertificateAction(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const base = `/${lang}/admin/events/${event.id}/certificates`;
  if (s.data.intent === "reissue") {
    if (!(await reissueCertificate(event.id, s.data.registrationId, user.id))) throw conflict();
    return redirect(`${base}?done=reissued`);
  }
  const asked = s.data.type;
  const type = typesOfEvent(event.id).find((ty) => ty.id === asked)?.id;
  const outcome = await issueCertificates(event.id, { staffUserId: user.id, only: ofParticipationType(type) });
  if (outcome.outcome !== "issued") throw conflict();
  return redirect(`${base}?done=issued&n=${outcome.issued}${type ? `&type=${type}` : ""}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CertificateDesk() {
  const { t } = useTranslation("admin");
  const { lang, event, counts, issued, page, pages, type, types } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const base = `/${lang}/admin/events/${event.id}/certificates`;
  return (
    <>
      <h1>{t("certificates.title")}</h1>
      <p>
        <a href={`/${lang}/admin/events/${event.id}/registrants`}>{event.title}</a>
      </p>
      <SuccessNotice
        text={
          done === "issued" ? t("certificates.issuedNow", { n: formatNumber(lang, Number(search.get("n") ?? 0)) }) : done ? t("certificates.reissuedNow") : null
        }
      />
      {types.length > 0 ? (
        <Form method="get" className="filters">
          <FilterSelect
            name="type"
            label={t("types.type")}
            value={type}
            anyLabel={t("types.allTypes")}
            options={types.map((ty) => ({ value: ty.id, label: ty.name }))}
          />
          <button type="submit" className="button">
            {t("desk.filter")}
          </button>
        </Form>
      ) : null}
      <dl className="stats">
        <div>
          <dt>{t("certificates.attended")}</dt>
          <dd data-testid="certificates-attended">{counts.attended}</dd>
        </div>
        <div>
          <dt>{t("certificates.issued")}</dt>
          <dd data-testid="certificates-issued">{counts.issued}</dd>
        </div>
      </dl>
      {!event.ended ? (
        <p>{t("certificates.afterEvent")}</p>
      ) : counts.waiting > 0 ? (
        <>
          <p>{t("certificates.waiting", { n: formatNumber(lang, counts.waiting) })}</p>
          <IntentButton intent="issue" values={type ? { type: String(type) } : {}} label={t("certificates.issue")} />
        </>
      ) : (
        <p>{t(counts.anyAttended ? "certificates.allIssued" : "certificates.noneAttended")}</p>
      )}
      <DataTable
        caption={t("certificates.list")}
        empty={t("review.empty")}
        rows={issued}
        rowKey={(c) => c.registrationId}
        columns={[
          { header: t("desk.name"), cell: (c) => <bdi>{c.name}</bdi> },
          { header: t("certificates.language"), cell: (c) => t(`certificates.languages.${c.lang}`) },
          { header: t("certificates.issuedOn"), cell: (c) => c.issuedOn },
          {
            header: t("desk.actions"),
            cell: (c) => <IntentButton intent="reissue" values={{ registrationId: c.registrationId }} label={t("certificates.reissue")} secondary />,
          },
        ]}
      />
      <Pagination page={page} pages={pages} hrefFor={(p) => `${base}?page=${p}`} />
    </>
  );
}
