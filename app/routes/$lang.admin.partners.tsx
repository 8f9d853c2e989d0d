import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { SafeForm } from "~/components/forms";
import { decidePartnership, partnershipRequests } from "~/models/partners.server";
import { requireStaff } from "~/utils/auth.server";
import { countryName } from "~/utils/country-options";
import { formatDateTime } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

const SECRETARIAT = ["admin", "reviewer"] as const;
const Decision = () =>
  z.object({ id: z.coerce.number().int().positive(), decision: z.enum(["accepted", "declined"]) });

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, SECRETARIAT);
  const view = (status: "requested" | "accepted") =>
    partnershipRequests(status).map(({ org, contact }) => ({
      id: org.id, name: org.name, type: org.type, country: countryName(lang, org.country), website: org.website, motivation: org.motivation,
      contact: `${contact.name} <${contact.email}>`, at: formatDateTime(lang, org.createdAt),
    }));
  return { requests: view("requested"), partners: view("accepted"), meta: metaFor(lang, getT(lang, "admin")("partners.title")) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, SECRETARIAT);
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (!decidePartnership(s.data.id, s.data.decision, user.id)) throw new Response("Conflict", { status: 409 });
  return redirect(`/${lang}/admin/partners`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PartnerRequests() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { requests, partners } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("partners.title")}</h1>
      <h2>{t("partners.requests")}</h2>
      {requests.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {requests.map((r) => (
          <li key={r.id} className="card">
            <h3 dir="auto">{r.name}</h3>
            <p className="card-meta">
              {tc(`organisationType.${r.type}`)} · {r.country} · {r.at}
            </p>
            <p dir="ltr">{r.contact}</p>
            {r.website ? <p dir="ltr">{r.website}</p> : null}
            {r.motivation ? <blockquote className="statement">{r.motivation}</blockquote> : null}
            <div className="admin-bar">
              {(["accepted", "declined"] as const).map((decision) => (
                <SafeForm key={decision}>
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <button type="submit" className={decision === "accepted" ? "button" : "button button-secondary"}>
                    {t(`partners.${decision}`)} — <bdi>{r.name}</bdi>
                  </button>
                </SafeForm>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <h2>{t("partners.current")}</h2>
      <ul>
        {partners.map((p) => (
          <li key={p.id}>
            <bdi>{p.name}</bdi> · {p.country}
          </li>
        ))}
      </ul>
    </>
  );
}
