import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DataTable } from "~/components/DataTable";
import { useLoaderData } from "@remix-run/react";
import { focalPointCounts } from "~/models/focal-points.server";
import { requireStaff } from "~/auth/staff.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { memberStatesByRegion } from "./view.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "reviewer"]);
  const t = getT(lang);
  const ta = getT(lang, "admin");
  return {
    lang,
    meta: metaFor(lang, ta("layout.memberStates")),
    regions: memberStatesByRegion(lang, focalPointCounts()).map((r) => ({ ...r, label: t(`region.${r.region}`) })),
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
