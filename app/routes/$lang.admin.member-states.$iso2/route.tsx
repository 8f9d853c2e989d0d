import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { DataTable } from "~/components/DataTable";
import { Field, FormError, IntentButton, SafeForm, SelectField } from "~/components/forms";
import { designateFocalPoint, focalPointsOf, removeFocalPoint } from "~/models/focal-points.server";
import { lowerCaseCountryAddress } from "~/utils/http.server";
import { memberStateCode } from "~/models/member-states";
import { isMemberState } from "~/models/member-states.server";
import { requireStaff } from "~/auth/staff.server";
import { countryName } from "~/utils/country-options";
import { parseSubmission } from "~/utils/forms.server";
import { endonym, languages } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { FocalPointAction } from "./form.server";

const SECRETARIAT = ["admin", "reviewer"] as const;

function countryOf(params: LoaderFunctionArgs["params"]) {
  const code = memberStateCode(params.iso2, isMemberState);
  if (!code) throw new Response("Not Found", { status: 404 });
  return code;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, SECRETARIAT);
  lowerCaseCountryAddress(request, params.iso2);
  const code = countryOf(params);
  const name = countryName(lang, code);
  const done = new URL(request.url).searchParams.get("done");
  const ta = getT(lang, "admin");
  return {
    lang,
    code,
    name,
    notice: done === "designated" || done === "removed" ? ta(`focalPoints.done.${done}`) : null,
    focalPoints: focalPointsOf(code).map((f) => ({
      id: f.id,
      name: f.name,
      title: f.title,
      office: f.office,
      email: f.email,
      lang: endonym(f.lang as (typeof languages)[number]),
    })),
    meta: metaFor(lang, ta("focalPoints.title", { country: name })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const me = requireStaff(request, lang, SECRETARIAT);
  const code = countryOf(params);
  const s = await parseSubmission({
    request,
    context,
    lang,
    schema: FocalPointAction(),
    guard: { kind: "signed-in" },
  });
  if (!s.ok) return data(s.failure, { status: s.status });
  const base = `/${lang}/admin/member-states/${code.toLowerCase()}`;
  const d = s.data;
  if (d.intent === "remove") {
    if (!removeFocalPoint(code, d.id, me.id)) throw new Response("Not Found", { status: 404 });
    return redirect(`${base}?done=removed`);
  }
  const result = designateFocalPoint(
    code,
    {
      name: d.name,
      title: d.title,
      office: d.office,
      email: d.email,
      lang: d.lang,
    },
    me.id,
  );
  if (!result.ok) {
    const ta = getT(lang, "admin");
    return data(
      {
        formError: getT(lang)("errors.checkFields"),
        fieldErrors: { email: ta("focalPoints.emailTaken") },
        values: { ...d },
      },
      { status: 409 },
    );
  }
  return redirect(`${base}?done=designated`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function FocalPointsDesk() {
  const { t } = useTranslation("admin");
  const { lang, code, name, notice, focalPoints } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <p className="card-meta">
        <a href={`/${lang}/member-states/${code.toLowerCase()}`}>{name}</a>
      </p>
      <h1>{t("focalPoints.title", { country: name })}</h1>
      <SuccessNotice text={!failure && notice} />
      <p>{t("focalPoints.intro")}</p>
      <DataTable
        caption={t("focalPoints.list")}
        empty={t("focalPoints.none")}
        rows={focalPoints}
        rowKey={(f) => f.id}
        columns={[
          { header: t("focalPoints.name"), rowHeader: true, cell: (f) => <bdi>{f.name}</bdi> },
          { header: t("focalPoints.titleField"), dir: "auto", cell: (f) => f.title },
          { header: t("focalPoints.office"), dir: "auto", cell: (f) => f.office },
          { header: t("signIn.email"), dir: "ltr", cell: (f) => f.email },
          { header: t("accounts.language"), cell: (f) => f.lang },
          {
            header: t("desk.actions"),
            className: () => "actions",
            cell: (f) => <IntentButton intent="remove" values={{ id: f.id }} label={t("focalPoints.removeOf", { name: f.name })} secondary />,
          },
        ]}
      />
      <h2 id="designate-heading">{t("focalPoints.designate")}</h2>
      {/* Keyed by the list: a designation that went through starts the next one on an empty form (with JavaScript, Remix keeps the typed values). */}
      <SafeForm key={focalPoints.map((f) => f.id).join()} className="stack" aria-labelledby="designate-heading" noValidate>
        <FormError failure={failure} />
        <input type="hidden" name="intent" value="designate" />
        <Field name="name" label={t("focalPoints.name")} required autoComplete="off" failure={failure} />
        <Field name="title" label={t("focalPoints.titleField")} required autoComplete="off" failure={failure} />
        <Field name="office" label={t("focalPoints.office")} required autoComplete="off" failure={failure} />
        <Field name="email" type="email" label={t("signIn.email")} required autoComplete="off" failure={failure} dir="ltr" />
        <SelectField
          name="lang"
          label={t("accounts.language")}
          options={languages.map((l) => ({ value: l, label: endonym(l) }))}
          defaultValue={lang}
          failure={failure}
          required
        />
        <div>
          <button type="submit" className="button">
            {t("focalPoints.designateSubmit")}
          </button>
        </div>
      </SafeForm>
    </>
  );
}
