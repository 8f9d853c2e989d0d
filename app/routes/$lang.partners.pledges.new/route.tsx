import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { FormError, SafeForm } from "~/components/forms";
import { PledgeFields } from "~/components/PledgeFields";
import { listPillars } from "~/models/pillars.server";
import { submitPledge } from "~/models/pledges.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";
import { parsePledgeForm } from "~/routes/$lang.partners.pledges.new/form.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requirePartner(request, lang);
  return {
    lang,
    pillars: listPillars().map((p) => ({ id: p.id, title: `${p.number}. ${pickTranslation(p.title, lang).text}` })),
    meta: metaFor(lang, getT(lang)("pledgeForm.newTitle")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { user, org } = requirePartner(request, lang);
  const s = await parsePledgeForm({ request, context, lang });
  if (!s.ok) return data(s.failure, { status: s.status });
  const id = submitPledge(org.id, user.id, s.data);
  return redirect(`/${lang}/partners/pledges/${id}?done=submitted`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function NewPledge() {
  const { t } = useTranslation();
  const { lang, pillars } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container">
      <h1>{t("pledgeForm.newTitle")}</h1>
      <p className="lead">{t("pledgeForm.intro")}</p>
      <SafeForm className="stack" noValidate>
        <FormError failure={failure} />
        <PledgeFields failure={failure} values={failure?.values ?? { lang }} pillars={pillars} />
        <button type="submit" className="button">
          {t("pledgeForm.submit")}
        </button>
      </SafeForm>
    </div>
  );
}
