import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { CheckboxField, Field, FormError, SafeForm } from "~/components/forms";
import { erasePerson, type ErasureCounts } from "~/models/erasure.server";
import { requireStaff } from "~/auth/staff.server";
import { formatNumber } from "~/utils/format";
import { parseSubmission, type FormFailure } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

// A factory, as in the other routes: a schema built at module level would pull zod into the browser's bundle.
const ErasureSchema = () =>
  z.object({
    email: z.string().trim().min(1).max(254).email(),
    confirm: z.literal("on", { message: "admin:erasure.confirmRequired" }),
  });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin"]);
  return data({ meta: metaFor(lang, getT(lang, "admin")("erasure.title")) }, { headers: { "Cache-Control": "no-store" } });
}

type Result = { erased: Record<keyof ErasureCounts, string> } | FormFailure;

/** An administrator erases one person by email address; the answer shows counts, never the address again. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, ["admin"]);
  const s = await parseSubmission({ request, context, lang, schema: ErasureSchema(), guard: { kind: "signed-in" } });
  if (!s.ok) return data<Result>(s.failure, { status: s.status });
  const counts = erasePerson(s.data.email, user.id);
  const erased = Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, formatNumber(lang, n)])) as Record<keyof ErasureCounts, string>;
  return data<Result>({ erased }, { headers: { "Cache-Control": "no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

const COUNTS = ["registrations", "endorsements", "partnerPeople", "focalPoints", "emails"] as const;

export default function Erasure() {
  const { t } = useTranslation("admin");
  const result = useActionData<typeof action>();
  const failure = result && "fieldErrors" in result ? result : null;
  return (
    <>
      <h1>{t("erasure.title")}</h1>
      <p>{t("erasure.intro")}</p>
      {result && "erased" in result ? (
        <section className="alert alert-success" role="status" aria-labelledby="erasure-done">
          <h2 id="erasure-done">{t("erasure.done")}</h2>
          <dl className="facts">
            {COUNTS.map((k) => (
              <div key={k}>
                <dt>{t(`erasure.counts.${k}`)}</dt>
                <dd data-testid={`erased-${k}`}>{result.erased[k]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <SafeForm className="stack" noValidate>
        <FormError failure={failure} />
        <Field name="email" type="email" label={t("erasure.email")} required failure={failure} />
        <CheckboxField name="confirm" label={t("erasure.confirm")} failure={failure} />
        <button type="submit" className="button button-danger">
          {t("erasure.submit")}
        </button>
      </SafeForm>
    </>
  );
}
