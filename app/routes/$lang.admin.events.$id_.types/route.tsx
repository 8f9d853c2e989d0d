import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EventAdminLinks } from "~/components/EventAdminLinks";
import { SuccessNotice } from "~/components/FlashNotice";
import { eventDesk } from "~/auth/event-desk.server";
import { FormError, type FailureData } from "~/components/forms";
import { parseInvitationList } from "~/models/invitation-list";
import { invitationsOfEvent, inviteToType } from "~/models/participation-invitations.server";
import { deleteParticipationType, saveParticipationType } from "~/models/participation-types.server";
import { countsByType } from "~/models/registrant-desk.server";
import { promoteFromWaitingList } from "~/models/waiting-list.server";
import { readFormBody } from "~/utils/form-body.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { notFound } from "~/utils/http.server";
import { languages, pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { instantToZonedWallTime } from "~/utils/time";
import { useTranslation } from "~/utils/use-translation";
import { InviteForms, TypeForm } from "./forms";
import { isTypesPageIntent, typeInput, typesPageSchemas } from "./form.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, event } = eventDesk(request, params);
  const ta = getT(lang, "admin");
  const done = new URL(request.url).searchParams.get("done");
  const wall = (v: number | null) => (v === null ? "" : instantToZonedWallTime(v, event.timeZone));
  return {
    lang,
    meta: metaFor(lang, ta("types.title")),
    event: { id: event.id, title: pickTranslation(event.title, lang).text, timeZone: event.timeZone },
    notice: done && /^(saved|deleted|in-use|invited-\d+)$/.test(done) ? done : null,
    types: countsByType(event.id).map((ty) => ({
      id: ty.id,
      main: ty.position === 0,
      name: ty.name,
      label: pickTranslation(ty.name, lang).text,
      mode: ty.mode,
      capacity: ty.capacity === null ? "" : String(ty.capacity),
      requiresApproval: ty.requiresApproval,
      invitationOnly: ty.invitationOnly,
      opensAt: wall(ty.opensAt),
      closesAt: wall(ty.closesAt),
      taken: formatNumber(lang, ty.confirmed + ty.held),
      waiting: formatNumber(lang, ty.waiting),
    })),
    invitations: invitationsOfEvent(event.id).map(({ invitation, typeName }) => ({
      id: invitation.id,
      email: invitation.email,
      name: invitation.name,
      type: pickTranslation(typeName, lang).text,
      at: formatDateTime(lang, invitation.createdAt),
      used: invitation.usedAt !== null,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, user, event } = eventDesk(request, params);
  // The intent picks the form's schema, so each form's errors are its own.
  const body = await readFormBody(request);
  const intent = body.ok ? body.form.get("intent") : null;
  const schema = isTypesPageIntent(intent) ? typesPageSchemas[intent] : typesPageSchemas.save;
  const s = await parseSubmission({ request, context, lang, schema, guard: { kind: "signed-in" }, form: body.ok ? body.form : null });
  if (!s.ok) return data(s.failure, { status: s.status });
  const base = `/${lang}/admin/events/${event.id}/types`;
  const d = s.data;
  if (d.intent === "save") {
    const outcome = saveParticipationType(event.id, d.typeId === "" ? null : d.typeId, typeInput(d, event.timeZone), user.id, promoteFromWaitingList);
    if (outcome === "not-found") throw notFound();
    return redirect(`${base}?done=saved`);
  }
  if (d.intent === "delete") {
    const outcome = deleteParticipationType(event.id, d.typeId, user.id);
    if (outcome === "not-found") throw notFound();
    return redirect(`${base}?done=${outcome}`);
  }
  const values = Object.fromEntries([...s.form].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const t = getT(lang);
  const refuse = (field: string, message: string) =>
    data({ formError: t("errors.checkFields"), fieldErrors: { [field]: message }, values } as FailureData, { status: 400 });
  let invitees: { email: string; name: string | null; lang: Lang }[];
  if (d.intent === "invite") {
    invitees = [{ email: d.email, name: d.name || null, lang: d.inviteLang }];
  } else {
    // A pasted list, or an uploaded CSV file (the file wins when both are given).
    const file = s.form.get("file");
    const text = file instanceof File && file.size > 0 ? await file.text() : (d.list ?? "");
    const parsed = parseInvitationList(text, d.inviteLang);
    if (!parsed.ok) return refuse("list", getT(lang, "admin")("types.badLine", { line: formatNumber(lang, parsed.line) }));
    if (!parsed.rows.length) return refuse("list", t("errors.required"));
    invitees = parsed.rows;
  }
  const result = inviteToType(event.id, d.typeId, invitees, user.id);
  if (result.outcome === "not-invitation-only") return refuse("typeId", getT(lang, "admin")("types.notInvitationOnly"));
  return redirect(`${base}?done=invited-${result.count}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ParticipationTypesPage() {
  const { t } = useTranslation("admin");
  const { lang, event, notice, types, invitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const invited = notice?.startsWith("invited-") ? Number(notice.slice(8)) : null;
  // Only the form that was sent shows the errors.
  const failureFor = (intent: string, typeId: string) => (failure?.values?.intent === intent && (failure.values.typeId ?? "") === typeId ? failure : null);
  return (
    <>
      <h1>{t("types.title")}</h1>
      <EventAdminLinks lang={lang} event={event} />
      <SuccessNotice
        text={
          notice && !failure ? (invited !== null ? t("types.invited", { count: invited }) : t(`types.done.${notice as "saved" | "deleted" | "in-use"}`)) : null
        }
      />
      {/* A refused delete (its form has no field to show an error by: a stale token, say) is said here too. */}
      {failure && (!failure.values?.intent || failure.values.intent === "delete") ? <FormError failure={failure} /> : null}
      <p>{t("types.intro", { zone: event.timeZone })}</p>
      {types.map((ty) => (
        <TypeForm key={ty.id} type={ty} failure={failureFor("save", String(ty.id))} />
      ))}
      <h2>{t("types.add")}</h2>
      {/* Keyed by the number of types: once one is added, the form comes back empty (with JavaScript
          the page is not reloaded, and the browser would keep what was typed, inviting a duplicate). */}
      <TypeForm key={`new-${types.length}`} type={null} failure={failureFor("save", "")} />
      {types.some((ty) => ty.invitationOnly) ? (
        <InviteForms
          key={`invite-${invitations[0]?.id ?? 0}`}
          types={types.filter((ty) => ty.invitationOnly).map((ty) => ({ value: String(ty.id), label: ty.label }))}
          languages={languages}
          lang={lang}
          failure={failure?.values?.intent === "invite" || failure?.values?.intent === "invite-list" ? failure : null}
          invitations={invitations}
        />
      ) : null}
    </>
  );
}
