import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { verifyCertificate } from "~/models/certificates.server";
import { env } from "~/utils/env.server";
import { formatDate, formatDayRange } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { hitRateLimit, networkOf } from "~/utils/rate-limit.server";
import { VerifyForm } from "~/components/CertificateVerifyForm";

/** One code's answer: genuine (with the name, event and dates printed on it), replaced, or not found. Rate-limited per address. */
export function loader({ params, context }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const meta = metaFor(lang, getT(lang)("certificates.verifyTitle"));
  const code = (params.code ?? "").slice(0, 40);
  if (hitRateLimit("certificate-verify", networkOf(context.clientIp), env().RATE_LIMIT_PUBLIC)) {
    return data({ lang, code, meta, answer: { state: "rate-limited" as const } }, { status: 429 });
  }
  const v = verifyCertificate(code);
  const answer =
    v.state === "genuine"
      ? {
          state: v.state,
          holderName: v.holderName,
          eventTitle: pickTranslation(v.event.title, lang),
          dates: formatDayRange(lang, v.event.startsAt, v.event.endsAt, v.event.timeZone),
          issuedOn: formatDate(lang, v.issuedAt, v.event.timeZone),
        }
      : v.state === "replaced"
        ? { state: v.state, on: formatDate(lang, v.replacedAt) }
        : v.state === "withdrawn"
          ? { state: v.state, on: formatDate(lang, v.withdrawnAt) }
          : { state: v.state };
  return data({ lang, code, meta, answer }, { status: v.state === "not-found" ? 404 : 200, headers: { "X-Robots-Tag": "noindex" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function CertificateAnswer() {
  const { t } = useTranslation();
  const { lang, code, answer } = useLoaderData<typeof loader>();
  return (
    <div className="container narrow">
      <h1>{t("certificates.verifyTitle")}</h1>
      {answer.state === "genuine" ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>{t("certificates.genuine")}</strong>
          </p>
          <dl>
            <dt>{t("certificates.codeLabel")}</dt>
            <dd>
              <span dir="ltr">{code}</span>
            </dd>
            <dt>{t("certificates.holder")}</dt>
            <dd>{answer.holderName ? <bdi>{answer.holderName}</bdi> : t("certificates.nameErased")}</dd>
            <dt>{t("certificates.event")}</dt>
            <dd lang={answer.eventTitle.lang}>{answer.eventTitle.text}</dd>
            <dt>{t("certificates.dates")}</dt>
            <dd>{answer.dates}</dd>
            <dt>{t("certificates.issuedOn")}</dt>
            <dd>{answer.issuedOn}</dd>
          </dl>
        </div>
      ) : (
        <div className="alert alert-error" role="alert">
          <p>
            {answer.state === "replaced" || answer.state === "withdrawn"
              ? t(`certificates.${answer.state}`, { date: answer.on })
              : answer.state === "rate-limited"
                ? t("errors.rateLimited")
                : t("certificates.notFound")}
          </p>
        </div>
      )}
      <h2>{t("certificates.another")}</h2>
      <VerifyForm lang={lang} typed="" invalid={false} />
    </div>
  );
}
