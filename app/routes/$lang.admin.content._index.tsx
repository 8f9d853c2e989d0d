import { formatList } from "~/utils/format";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { listContent, type ContentKind } from "~/models/content-editing.server";
import { requireStaff } from "~/auth/staff.server";
import { languageName } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { DataTable } from "~/components/DataTable";

const kinds: ContentKind[] = ["circulars", "declarations", "working-groups"];

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin", "editor"]);
  return {
    lang,
    meta: metaFor(lang, getT(lang, "admin")("content.title")),
    sections: kinds.map((kind) => ({
      kind,
      // Named as running text names languages, in the page's language ("العربية والصينية"), not by their
      // endonyms, which would mix scripts in one Arabic sentence ("العربية و中文 وFrançais").
      items: listContent(kind, lang).map((i) => ({
        ...i,
        missing: formatList(
          lang,
          i.missing.map((l) => languageName(l, lang)),
        ),
      })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ContentOverview() {
  const { t } = useTranslation("admin");
  const { lang, sections } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("content.title")}</h1>
      <p>{t("content.intro")}</p>
      {sections.map((s) => (
        <section key={s.kind} aria-labelledby={`kind-${s.kind}`}>
          <h2 id={`kind-${s.kind}`}>{t(`content.kinds.${s.kind}`)}</h2>
          <p>
            <a className="button button-secondary" href={`/${lang}/admin/content/${s.kind}/new`}>
              {t("content.new")}
            </a>
          </p>
          <DataTable
            rows={s.items}
            rowKey={(i) => i.id}
            columns={[
              { header: t("editor.title"), cell: (i) => <a href={`/${lang}/admin/content/${s.kind}/${i.id}`}>{i.title}</a> },
              {
                header: t("editor.status"),
                cell: (i) => (i.status === "published" ? t(`status.published.${s.kind}`) : t("status.draft")),
                className: (i) => `status-${i.status}`,
              },
              { header: t("content.missingTitle"), cell: (i) => i.missing || t("editor.complete") },
            ]}
          />
        </section>
      ))}
    </>
  );
}
