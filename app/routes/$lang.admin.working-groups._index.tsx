import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { pendingRequestCounts } from "~/models/working-group-desk.server";
import { listPublishedWorkingGroups } from "~/models/working-group-list.server";
import { requireStaff } from "~/auth/staff.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { progressView } from "~/models/working-group-view.server";
import { DataTable } from "~/components/DataTable";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang);
  const pending = pendingRequestCounts();
  return {
    lang,
    groups: listPublishedWorkingGroups().map((g) => ({
      id: g.id,
      name: pickTranslation(g.name, lang),
      members: formatNumber(lang, g.memberCount),
      requests: formatNumber(lang, pending.get(g.id) ?? 0),
      milestones: progressView(g, lang).milestones.text,
    })),
    meta: metaFor(lang, getT(lang, "admin")("workingGroups.title")),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminWorkingGroups() {
  const { t } = useTranslation("admin");
  const { lang, groups } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("workingGroups.title")}</h1>
      <DataTable
        rows={groups}
        rowKey={(g) => g.id}
        columns={[
          {
            header: t("workingGroups.group"),
            cell: (g) => (
              <a href={`/${lang}/admin/working-groups/${g.id}`}>
                <T picked={g.name} />
              </a>
            ),
          },
          { header: t("workingGroups.members"), cell: (g) => g.members },
          { header: t("workingGroups.requests"), cell: (g) => g.requests },
          { header: t("workingGroups.milestones"), cell: (g) => g.milestones },
        ]}
      />
    </>
  );
}
