import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { Badge } from "~/components/content";
import { awaitingFocalPoints, reviewQueue } from "~/models/endorsement-review.server";
import { lastDayOfWait } from "~/models/focal-point-wait.server";
import { requireStaff } from "~/auth/staff.server";
import { countryName } from "~/utils/country-options";
import { formatDate, formatDateTime } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

const REVIEWERS = ["admin", "reviewer"] as const;
const Status = () => z.enum(["pending", "approved", "rejected", "withdrawn", "unverified"]).catch("pending");

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, REVIEWERS);
  const status = Status().parse(new URL(request.url).searchParams.get("status") ?? "pending");
  return {
    lang,
    status,
    meta: metaFor(lang, getT(lang, "admin")("review.title")),
    items: reviewQueue(status).map(({ e, title, likelyDuplicate, focalPointConfirmed, focalPointSilentSince }) => ({
      id: e.id,
      organisation: e.organisation,
      category: e.category,
      country: countryName(lang, e.country),
      declaration: pickTranslation(title, lang).text,
      submitted: formatDateTime(lang, e.createdAt),
      hasLetter: e.letterFile !== null,
      likelyDuplicate,
      focalPointConfirmed,
      focalPointSilentSince: focalPointSilentSince === null ? null : formatDate(lang, lastDayOfWait(focalPointSilentSince)),
    })),
    // Under "pending", the government endorsements their focal point has yet to decide: seen, not decided here.
    awaiting:
      status === "pending"
        ? awaitingFocalPoints().map(({ e, title, waitEnds }) => ({
            id: e.id,
            organisation: e.organisation,
            country: countryName(lang, e.country),
            declaration: pickTranslation(title, lang).text,
            submitted: formatDateTime(lang, e.createdAt),
            until: formatDate(lang, lastDayOfWait(waitEnds)),
          }))
        : [],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ReviewQueue() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { lang, status, items, awaiting } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("review.title")}</h1>
      <nav aria-label={t("review.statuses")}>
        <ul className="inline-list">
          {(["pending", "approved", "rejected", "withdrawn", "unverified"] as const).map((s) => (
            <li key={s}>
              <a href={`/${lang}/admin/endorsements?status=${s}`} aria-current={s === status ? "page" : undefined}>
                {tc(`endorsementStatus.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href={`/${lang}/admin/endorsements.csv`}>{t("review.csv")}</a>
      </p>
      {items.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.id} className="card">
            <h2>
              <a href={`/${lang}/admin/endorsements/${i.id}`}>
                <bdi>{i.organisation}</bdi>
              </a>{" "}
              {i.likelyDuplicate ? <Badge tone="warning">{t("review.duplicate")}</Badge> : null}
            </h2>
            <p className="card-meta">
              {tc(`endorserCategory.${i.category}`)} · {i.country} · {i.declaration} · {i.submitted}
              {i.hasLetter ? ` · ${t("review.hasLetter")}` : ""}
            </p>
            {i.focalPointConfirmed ? (
              <p>
                <Badge>{t("review.focalPoint")}</Badge>
              </p>
            ) : i.focalPointSilentSince ? (
              <p>
                <Badge tone="warning">{t("review.focalPointSilent", { date: i.focalPointSilentSince })}</Badge>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {awaiting.length ? (
        <section aria-labelledby="awaiting-focal-point">
          <h2 id="awaiting-focal-point">{t("review.awaitingFocalPoint")}</h2>
          <p>{t("review.awaitingFocalPointHint")}</p>
          <ul>
            {awaiting.map((i) => (
              <li key={i.id} data-testid="awaiting-focal-point">
                <bdi>{i.organisation}</bdi> · {i.country} · {i.declaration} · {i.submitted} · {t("review.awaitingUntil", { date: i.until })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
