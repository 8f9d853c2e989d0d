import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { T } from "~/components/content";
import { Field, FormError, SafeForm } from "~/components/forms";
import { WorkingGroupDesk } from "~/components/WorkingGroupDesk";
import { isCoLead, leaveGroup, membershipOf, requestToJoin } from "~/models/working-group-desk.server";
import { setUpdateEmails } from "~/models/working-group-reporting.server";
import { publishedGroupBySlug } from "~/models/working-groups.server";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { requirePartner } from "~/auth/partner.server";
import { applyDeskAction, deskView, JoinGroupSchema } from "~/routes/$lang.admin.working-groups.$id/form.server";
import { conflict, notFound } from "~/utils/http.server";
import { readForm } from "~/utils/form-body.server";
import { FlashNotice, noticesUnder } from "~/components/FlashNotice";
import { isolate } from "~/utils/bidi";

function groupFor(slug: string | undefined) {
  const group = publishedGroupBySlug(slug ?? "");
  if (!group) throw notFound();
  return group;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const { org } = requirePartner(request, lang);
  const group = groupFor(params.slug);
  const m = membershipOf(group.id, org.id);
  const coLead = isCoLead(m);
  const name = pickTranslation(group.name, lang);
  return data(
    {
      lang,
      slug: group.slug,
      name,
      organisation: org.name,
      membership: m ? { status: m.status, role: m.role, notify: m.notify } : null,
      desk: coLead ? deskView(group.id, lang) : null,
      meta: metaFor(lang, name.text),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const { org, user } = requirePartner(request, lang);
  const group = groupFor(params.slug);
  const here = `/${lang}/partners/working-groups/${group.slug}`;
  // The body is read once: its intent says whether it is the member's form or the co-lead's desk.
  const form = await readForm(request);
  const intent = form?.get("intent");
  if (intent === "join" || intent === "notify" || intent === "leave") {
    const s = await parseSubmission({ request, context, lang, schema: JoinGroupSchema(), guard: { kind: "signed-in" }, form });
    if (!s.ok) return data(s.failure, { status: s.status });
    if (s.data.intent === "join") {
      if (requestToJoin(group.id, org.id, s.data.message) === "unavailable") throw notFound();
      return redirect(`${here}?done=asked`);
    }
    if (s.data.intent === "leave") {
      if (!leaveGroup(group.id, org.id, user.id)) throw conflict();
      return redirect(`${here}?done=left`);
    }
    setUpdateEmails(group.id, org.id, s.data.notify === "on");
    return redirect(`${here}?done=notify`);
  }
  const outcome = await applyDeskAction({
    request,
    context,
    lang,
    groupId: group.id,
    actor: { kind: "partner", organisationId: org.id, partnerUserId: user.id },
    form,
  });
  if (!outcome.ok) return data(outcome.failure, { status: outcome.status });
  return redirect(`${here}?done=${outcome.notice}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data?.meta), { name: "robots", content: "noindex" }];

export default function PartnerWorkingGroup() {
  const { t } = useTranslation();
  const { lang, slug, name, organisation, membership, desk } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container">
      <p className="card-meta">
        <a href={`/${lang}/partners/working-groups`}>{t("wgJoin.ourGroups")}</a> · <a href={`/${lang}/working-groups/${slug}`}>{t("wgJoin.publicPage")}</a>
      </p>
      <T picked={name} as="h1" />
      <FlashNotice notices={noticesUnder("wgJoin.done", ["asked", "notify", "left"])} failed={failure} />
      {!membership || membership.status === "declined" || membership.status === "left" ? (
        <section aria-labelledby="join" className="register-box">
          <h2 id="join">{t("wgJoin.title")}</h2>
          {membership?.status === "declined" ? <p>{t("wgJoin.declined")}</p> : null}
          <p>{t("wgJoin.intro", { organisation: isolate(organisation) })}</p>
          <SafeForm className="stack" noValidate>
            <FormError failure={failure} />
            <input type="hidden" name="intent" value="join" />
            <Field name="message" label={t("wgJoin.message")} hint={t("wgJoin.messageHint")} multiline maxLength={1000} failure={failure} />
            <button type="submit" className="button">
              {t("wgJoin.submit")}
            </button>
          </SafeForm>
        </section>
      ) : membership.status === "requested" ? (
        <p className="alert">{t("wgJoin.pending")}</p>
      ) : (
        <section aria-labelledby="membership">
          <h2 id="membership">{t(membership.role === "co-lead" ? "wgJoin.isCoLead" : "wgJoin.isMember", { organisation: isolate(organisation) })}</h2>
          <SafeForm>
            <input type="hidden" name="intent" value="notify" />
            <input type="hidden" name="notify" value={membership.notify ? "off" : "on"} />
            <p>{t(membership.notify ? "wgJoin.emailsOn" : "wgJoin.emailsOff")}</p>
            <button type="submit" className="button button-secondary">
              {t(membership.notify ? "wgJoin.turnOff" : "wgJoin.turnOn")}
            </button>
          </SafeForm>
          {membership.role === "member" ? (
            <SafeForm>
              <input type="hidden" name="intent" value="leave" />
              <p>{t("wgJoin.leaveHint", { organisation: isolate(organisation) })}</p>
              <button type="submit" className="button button-secondary">
                {t("wgJoin.leave")}
              </button>
            </SafeForm>
          ) : null}
        </section>
      )}
      {desk ? <WorkingGroupDesk lang={lang} desk={desk} failure={failure} /> : null}
    </div>
  );
}
