import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FormError, SafeForm } from "~/components/forms";
import { ownDisclosure, submitDisclosure } from "~/models/disclosures.server";
import { parseSubmission } from "~/utils/forms.server";
import { readFormBody } from "~/utils/form-body.server";
import { hasCsrfCookie, isSameOrigin } from "~/utils/csrf.server";
import { formatNumberForInput } from "~/utils/format";
import type { Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";
import { useTranslation } from "~/utils/use-translation";
import { DisclosureFields, type DisclosureValues } from "./fields";
import { disclosureSchema } from "./form.server";

/** The figures of an earlier version, as the form's starting values. */
function formValues(lang: Lang, d: NonNullable<ReturnType<typeof ownDisclosure>>): DisclosureValues {
  const figure = (n: number) => formatNumberForInput(lang, n);
  const v: DisclosureValues = {
    year: String(d.year),
    boundary: d.boundary ?? "",
    methodology: d.methodology ?? "",
    assurance: d.assurance,
    assurer: d.assurer ?? "",
    reportUrl: d.reportUrl ?? "",
    subSectors: d.subSectors.join(" "),
  };
  for (const k of ["scope1", "scope2Location", "scope2Market", "scope3", "energyMwh"] as const) v[k] = d[k] === null ? "" : figure(d[k]);
  v.renewableShare = d.renewableShare === null ? "" : figure(Math.round(d.renewableShare * 1000) / 10);
  for (const [c, val] of Object.entries(d.scope3Categories)) {
    if (typeof val === "number") v[`cat${c}`] = figure(val);
    else v[`cat${c}Status`] = val;
  }
  return v;
}

function typedValues(form: FormData | null): Record<string, string> {
  return Object.fromEntries([...(form ?? [])].filter((e): e is [string, string] => typeof e[1] === "string" && e[0] !== "_csrf"));
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  // ?from=<id>: a published year to restate, or a year sent back for changes to revise.
  const from = Number(new URL(request.url).searchParams.get("from"));
  const source = Number.isInteger(from) && from > 0 ? ownDisclosure(org.id, from) : null;
  const usable = source && ["published", "in-review", "changes-requested"].includes(source.status) ? source : null;
  const t = getT(lang);
  return {
    values: usable ? formValues(lang, usable) : { assurance: "none" },
    restating: usable?.status === "published",
    meta: metaFor(lang, t("emissions.form.title")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { user, org } = requirePartner(request, lang);
  // Read as every form is, with its field count bounded (its sub-sectors come back to the form below).
  const body = isSameOrigin(request) && hasCsrfCookie(request) ? await readFormBody(request) : null;
  const form = body?.ok ? body.form : null;
  const s = await parseSubmission({ request, context, lang, schema: disclosureSchema(lang), guard: { kind: "signed-in" }, form });
  // Several sub-sectors share one name: keep them all for the form that comes back.
  const subSectors = form ? form.getAll("subSectors").join(" ") : "";
  const restating = form?.get("restating") === "1";
  if (!s.ok) return data({ ...s.failure, values: { ...s.failure.values, subSectors }, restating }, { status: s.status });
  const outcome = submitDisclosure(org.id, user.id, s.data);
  if (!outcome.ok) {
    const t = getT(lang);
    const closed = outcome.reason === "year-closed";
    return data(
      {
        formError: t("errors.checkFields"),
        fieldErrors: (closed
          ? { year: t("emissions.errors.yearClosed", { year: s.data.year }) }
          : { restatementReason: t("emissions.errors.reasonRequired") }) as Record<string, string>,
        values: { ...typedValues(form), subSectors },
        restating: closed ? restating : true,
      },
      // Closed is a state of the database, not a typing mistake: 409, the figures kept on screen.
      { status: closed ? 409 : 400 },
    );
  }
  return redirect(`/${lang}/partners/disclosures?done=${outcome.restatement ? "restated" : "submitted"}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function NewDisclosure() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const values = failure?.values ?? loaded.values;
  const restating = failure?.restating ?? loaded.restating;
  return (
    <div className="container">
      <h1>{t(restating ? "emissions.form.restateTitle" : "emissions.form.title")}</h1>
      <p className="lead">{t("emissions.form.intro")}</p>
      <SafeForm className="stack" noValidate key={JSON.stringify(values)}>
        <FormError failure={failure} />
        {restating ? <input type="hidden" name="restating" value="1" /> : null}
        <DisclosureFields failure={failure} values={values} restating={restating} />
        <button type="submit" className="button">
          {t("emissions.form.submit")}
        </button>
      </SafeForm>
    </div>
  );
}
