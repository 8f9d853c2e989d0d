import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { FormError, SafeForm, SelectField } from "~/components/forms";
import { correctOrganisationFacts, decideRename, pendingRenames, reinstateOrganisation, suspendOrganisation } from "~/models/partner-oversight.server";
import { organisationTypes } from "~/models/registration-types";
import { isCountryCode } from "~/utils/countries";
import { decidePartnership, partnershipRequests } from "~/models/partners.server";
import { requireStaff } from "~/auth/staff.server";
import { countryName, countrySelectOptions, packedCountryOptions, unpackCountryOptions } from "~/utils/country-options";
import { formatDateTime } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { conflict } from "~/utils/http.server";
import { isolate } from "~/utils/bidi";
import type { ReactNode } from "react";

const SECRETARIAT = ["admin", "reviewer"] as const;
const Decision = () =>
  z.discriminatedUnion("decision", [
    z.object({ id: z.coerce.number().int().positive(), decision: z.enum(["accepted", "declined", "suspend", "reinstate", "rename-accept", "rename-decline"]) }),
    z.object({
      id: z.coerce.number().int().positive(),
      decision: z.literal("correct"),
      type: z.enum(organisationTypes),
      country: z.string().refine(isCountryCode, "errors.country"),
    }),
  ]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, SECRETARIAT);
  const view = (status: "requested" | "accepted" | "suspended") =>
    partnershipRequests(status).map(({ org, contact }) => ({
      id: org.id,
      name: org.name,
      type: org.type,
      country: countryName(lang, org.country),
      countryCode: org.country,
      website: org.website,
      motivation: org.motivation,
      contactName: contact.name,
      contactEmail: contact.email,
      at: formatDateTime(lang, org.createdAt),
    }));
  return {
    requests: view("requested"),
    partners: view("accepted"),
    suspended: view("suspended"),
    countries: packedCountryOptions(lang),
    renames: pendingRenames().map((r) => ({ ...r, country: countryName(lang, r.country) })),
    meta: metaFor(lang, getT(lang, "admin")("partners.title")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, SECRETARIAT);
  const s = await parseSubmission({ request, context, lang, schema: Decision(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const form = s.data;
  const { id } = form;
  const done =
    form.decision === "correct"
      ? correctOrganisationFacts(id, { type: form.type, country: form.country }, user.id)
      : form.decision === "suspend"
        ? suspendOrganisation(id, user.id)
        : form.decision === "reinstate"
          ? reinstateOrganisation(id, user.id)
          : form.decision === "rename-accept" || form.decision === "rename-decline"
            ? decideRename(id, form.decision === "rename-accept", user.id)
            : decidePartnership(id, form.decision, user.id);
  if (!done) throw conflict();
  // A correction changes no list the secretariat is looking at (the line moves only if the type or
  // country shown changes), so the page says that it was saved.
  return redirect(`/${lang}/admin/partners${form.decision === "correct" ? "?done=corrected" : ""}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function PartnerRequests() {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const { requests, partners, suspended, renames, countries } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const correcting = partners.find((p) => String(p.id) === search.get("correct"));
  return (
    <>
      <h1>{t("partners.title")}</h1>
      <SuccessNotice text={!failure && search.get("done") === "corrected" && t("partners.corrected")} />
      <h2>{t("partners.requests")}</h2>
      {requests.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {requests.map((r) => (
          <li key={r.id} className="card">
            <h3 dir="auto">{r.name}</h3>
            <p className="card-meta">
              {tc(`organisationType.${r.type}`)} · {r.country} · {r.at}
            </p>
            {/* The name in its own direction, the address left to right on one line. */}
            <p>
              <bdi>{r.contactName}</bdi> <span className="address">&lt;{r.contactEmail}&gt;</span>
            </p>
            {r.website ? <p dir="ltr">{r.website}</p> : null}
            {r.motivation ? (
              <blockquote className="statement" dir="auto">
                {r.motivation}
              </blockquote>
            ) : null}
            <div className="admin-bar">
              {(["accepted", "declined"] as const).map((decision) => (
                <SafeForm key={decision}>
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <button type="submit" className={decision === "accepted" ? "button" : "button button-secondary"}>
                    <Named action={t(`partners.${decision}`)} name={r.name} />
                  </button>
                </SafeForm>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <h2>{t("partners.renames")}</h2>
      {renames.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {renames.map((r) => (
          <li key={r.id} className="card">
            <p>
              {t("partners.renameFromTo", { from: isolate(r.name), to: isolate(r.proposedName ?? "") })} · {r.country}
            </p>
            <div className="admin-bar">
              <Act id={r.id} decision="rename-accept" label={<Named action={t("partners.renameAccept")} name={r.proposedName ?? ""} />} />
              <Act id={r.id} decision="rename-decline" label={<Named action={t("partners.renameDecline")} name={r.proposedName ?? ""} />} secondary />
            </div>
          </li>
        ))}
      </ul>
      <h2>{t("partners.current")}</h2>
      {partners.length === 0 ? <p>{t("review.empty")}</p> : null}
      <ul className="plain-list">
        {partners.map((p) => (
          <li key={p.id} className="admin-bar">
            <span>
              <bdi>{p.name}</bdi> · {tc(`organisationType.${p.type}`)} · {p.country}
            </span>
            {/* The correction form below, filled in with this organisation's type and country as they stand. */}
            <a href={`?correct=${p.id}#correct-facts`}>
              <Named action={t("partners.correctThis")} name={p.name} />
            </a>
            <Act id={p.id} decision="suspend" label={<Named action={t("partners.suspend")} name={p.name} />} secondary />
          </li>
        ))}
      </ul>
      {partners.length ? (
        <section aria-labelledby="correct-facts">
          <h2 id="correct-facts">{t("partners.correctHeading")}</h2>
          <p className="hint">{t("partners.correctHint")}</p>
          <SafeForm key={correcting?.id ?? "none"} className="stack" noValidate>
            <FormError failure={failure} />
            <input type="hidden" name="decision" value="correct" />
            <SelectField
              name="id"
              label={t("partners.correctOrganisation")}
              failure={failure}
              defaultValue={correcting ? String(correcting.id) : undefined}
              required
              choose
              options={partners.map((p) => ({ value: String(p.id), label: p.name }))}
            />
            <SelectField
              name="type"
              label={tc("register.organisationType")}
              failure={failure}
              defaultValue={correcting?.type}
              required
              choose
              options={organisationTypes.map((o) => ({ value: o, label: tc(`organisationType.${o}`) }))}
            />
            <SelectField
              name="country"
              label={tc("register.country")}
              failure={failure}
              defaultValue={correcting?.countryCode}
              required
              choose
              options={countrySelectOptions(unpackCountryOptions(countries), tc)}
            />
            <button type="submit" className="button">
              {t("partners.correctSave")}
            </button>
          </SafeForm>
        </section>
      ) : null}
      {suspended.length ? (
        <>
          <h2>{t("partners.suspended")}</h2>
          <ul className="plain-list">
            {suspended.map((p) => (
              <li key={p.id} className="admin-bar">
                <span>
                  <bdi>{p.name}</bdi> · {p.country}
                </span>
                <Act id={p.id} decision="reinstate" label={<Named action={t("partners.reinstate")} name={p.name} />} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** An action on one organisation, its name isolated so that a Latin name reads whole on an Arabic page. */
function Named({ action, name }: { action: string; name: string }) {
  const { t } = useTranslation();
  return (
    <>
      {action}
      {t("dash")}
      <bdi>{name}</bdi>
    </>
  );
}

function Act({ id, decision, label, secondary }: { id: number; decision: string; label: ReactNode; secondary?: boolean }) {
  return (
    <SafeForm>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="decision" value={decision} />
      <button type="submit" className={secondary ? "button button-secondary" : "button"}>
        {label}
      </button>
    </SafeForm>
  );
}
