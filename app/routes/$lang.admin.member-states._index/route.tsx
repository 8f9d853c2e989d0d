import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DataTable } from "~/components/DataTable";
import { useLoaderData } from "@remix-run/react";
import { focalPointCounts } from "~/models/focal-points.server";
import { memberStateCodes } from "~/models/member-states.server";
import { requireStaff } from "~/auth/staff.server";
import { ituRegions, regionOf } from "~/utils/countries";
import { countryName } from "~/utils/country-options";
import { formatNumber } from "~/utils/format";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "reviewer"]);
  const t = getT(lang);
  const ta = getT(lang, "admin");
  const counts = focalPointCounts();
  const collator = new Intl.Collator(lang);
  return {
    lang,
    meta: metaFor(lang, ta("layout.memberStates")),
    regions: ituRegions.map((region) => ({
      region,
      label: t(`region.${region}`),
      states: memberStateCodes
        .filter((c) => regionOf(c) === region)
        .map((code) => ({
          code,
          name: countryName(lang, code),
          focalPoints: formatNumber(lang, counts.get(code) ?? 0),
        }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MemberStatesDesk() {
  const { t } = useTranslation("admin");
  const { lang, regions } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("layout.memberStates")}</h1>
      <p>{t("focalPoints.intro")}</p>
      {regions.map((r) => (
        <DataTable
          key={r.region}
          caption={r.label}
          rows={r.states}
          rowKey={(s) => s.code}
          columns={[
            {
              header: t("focalPoints.memberState"),
              rowHeader: true,
              cell: (s) => <a href={`/${lang}/admin/member-states/${s.code.toLowerCase()}`}>{s.name}</a>,
            },
            { header: t("focalPoints.count"), cell: (s) => s.focalPoints },
          ]}
        />
      ))}
    </>
  );
}
