import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { disclosuresOfOrganisation } from "~/models/disclosures.server";
import { closedYears } from "~/models/reporting-years.server";
import { formatNumber } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";
import { useTranslation } from "~/utils/use-translation";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const closed = closedYears();
  return {
    lang,
    orgId: org.id,
    done: new URL(request.url).searchParams.get("done"),
    items: disclosuresOfOrganisation(org.id).map((d) => ({
      id: d.id,
      year: d.year,
      status: d.status,
      total: formatNumber(lang, d.total, { maximumFractionDigits: 1 }),
      comment: d.moderatorComment,
      restatement: d.restates !== null,
      closed: closed.includes(d.year),
    })),
    meta: metaFor(lang, getT(lang)("emissions.partner.ours")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function OurDisclosures() {
  const { t } = useTranslation();
  const { lang, orgId, done, items } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <h1>{t("emissions.partner.ours")}</h1>
      <SuccessNotice text={done === "submitted" || done === "restated" ? t(`emissions.partner.done.${done}`) : null} />
      <p className="hero-actions">
        <a className="button" href={`/${lang}/partners/disclosures/new`}>
          {t("emissions.form.title")}
        </a>{" "}
        <a href={`/${lang}/emissions/${orgId}`}>{t("emissions.partner.publicPage")}</a>
      </p>
      {items.length === 0 ? <p>{t("emissions.partner.none")}</p> : null}
      <ul className="plain-list">
        {items.map((d) => (
          <li key={d.id} className="card" data-testid={`disclosure-${d.year}`}>
            <h2>{t("emissions.partner.yearHeading", { year: d.year })}</h2>
            <p>
              <span data-testid="disclosure-status">{t(`emissions.status.${d.status}`)}</span> · {t("emissions.tonnes", { value: d.total })}
              {d.restatement ? ` · ${t("emissions.restatement")}` : ""}
            </p>
            {d.comment ? <p>{t("emissions.partner.comment", { comment: d.comment })}</p> : null}
            {d.closed ? (
              <p data-testid="year-closed">{t("emissions.partner.closed", { year: d.year })}</p>
            ) : d.status === "published" ? (
              <a href={`/${lang}/partners/disclosures/new?from=${d.id}`}>{t("emissions.partner.restate", { year: d.year })}</a>
            ) : d.status === "changes-requested" ? (
              <a href={`/${lang}/partners/disclosures/new?from=${d.id}`}>{t("emissions.partner.revise", { year: d.year })}</a>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
