import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ChangeHistory, SavedNotice } from "~/components/editing";
import { useTranslation } from "~/utils/use-translation";
import { ContentFields } from "~/components/ContentFields";
import { FormError, SafeForm } from "~/components/forms";
import { historyFor } from "~/models/audit.server";
import { contentKinds, getContent, isContentKind, saveContent } from "~/models/content-editing.server";
import { contentFields, contentSchema } from "./form.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDateTime } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";
import { editorPreviews, formattedFields } from "~/utils/markdown.server";

const EDITORS = ["admin", "editor"] as const;

function target(params: Record<string, string | undefined>) {
  if (!isContentKind(params.kind)) throw notFound();
  if (params.id === "new") return { kind: params.kind, id: null };
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) throw notFound();
  return { kind: params.kind, id };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, EDITORS);
  const { kind, id } = target(params);
  const values = id === null ? null : getContent(kind, id);
  if (id !== null && !values) throw notFound();
  const entity = contentKinds[kind].entity;
  return {
    lang,
    kind,
    isNew: id === null,
    publicPath: values && (values.status === "published" || values.published === "true") ? `/${lang}/${kind}/${values.slug}` : null,
    fields: contentFields[kind](lang),
    values,
    formattedFields,
    previews: editorPreviews(values),
    history: id === null ? [] : historyFor(entity, id).map((h) => ({ ...h, at: formatDateTime(lang, h.at) })),
    meta: metaFor(lang, getT(lang, "admin")(`content.kinds.${kind}`)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, EDITORS);
  const { kind, id } = target(params);
  const schema = contentSchema(contentFields[kind](lang));
  const s = await parseSubmission({ request, context, lang, schema, guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const saved = saveContent(kind, id, s.data as Record<string, unknown>, user.id);
  if (saved.outcome === "not-found") throw notFound();
  if (saved.outcome === "slug-taken") {
    const values = Object.fromEntries([...s.form].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    return data({ formError: getT(lang)("errors.checkFields"), fieldErrors: { slug: getT(lang, "admin")("editor.slugTaken") }, values }, { status: 409 });
  }
  return redirect(`/${lang}/admin/content/${kind}/${saved.id}?saved=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function EditContent() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { kind, isNew, fields, values, history, publicPath, formattedFields, previews } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <h1>{tc("labelValue", { label: t(`content.kinds.${kind}`), value: isNew ? t("content.new") : t("content.edit") })}</h1>
      <SavedNotice failed={!!failure} />
      {publicPath ? (
        <p>
          <a href={publicPath}>{t("editor.viewPublic")}</a>
        </p>
      ) : null}
      <SafeForm className="stack" noValidate>
        <FormError failure={failure} />
        <ContentFields fields={fields} values={values} failure={failure} formattedFields={formattedFields} previews={previews} />
        <button type="submit" className="button">
          {t("editor.save")}
        </button>
      </SafeForm>
      <ChangeHistory history={history} />
    </>
  );
}
