import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FormError, IntentButton } from "~/components/forms";
import { SavedNotice } from "~/components/editing";
import { eventDesk } from "~/auth/event-desk.server";
import { sessionTimeProblem } from "~/models/programme-rules";
import { addMaterial, removeMaterial } from "~/models/event-materials.server";
import { addSpeaker, deleteSession, getProgramme, removeSpeaker, saveSession, updateSpeaker } from "~/models/programme.server";
import { keptValues, parseSubmission } from "~/utils/forms.server";
import { readForm } from "~/utils/form-body.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { notFound } from "~/utils/http.server";
import { formatTimeRange, instantToZonedWallTime, zonedWallTimeToInstant } from "~/utils/time";
import { collectTranslated } from "~/utils/translated-form.server";
import { useTranslation } from "~/utils/use-translation";
import { ProgrammeSchema, readMaterialFile } from "./form.server";
import { MaterialsSection } from "./MaterialsSection";
import { SessionForm } from "./SessionForm";
import { SpeakersSection } from "./SpeakersSection";

export function loader({ request, params }: LoaderFunctionArgs) {
  const { lang, event } = eventDesk(request, params);
  const programme = getProgramme(event.id);
  const wall = (v: number) => instantToZonedWallTime(v, event.timeZone);
  const editing = Number(new URL(request.url).searchParams.get("session"));
  const title = (m: { title: Parameters<typeof pickTranslation>[0] }) => pickTranslation(m.title, lang).text;
  return {
    lang,
    meta: metaFor(lang, getT(lang, "admin")("programme.title")),
    event: { id: event.id, slug: event.slug, title: pickTranslation(event.title, lang).text, timeZone: event.timeZone, status: event.status },
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      when: formatTimeRange(lang, s.startsAt, s.endsAt, event.timeZone),
      // Left behind when the event was moved or shortened: said on the session, as the editor says it.
      outside: sessionTimeProblem(s, event) === "outside-event",
      title: pickTranslation(s.title, lang).text,
      speakers: s.speakers.map((p) => p.name),
      materials: s.materials.map((m) => ({ id: m.id, title: title(m) })),
    })),
    editing: (() => {
      const s = programme.sessions.find((x) => x.id === editing);
      return s
        ? {
            id: s.id,
            start: wall(s.startsAt),
            end: wall(s.endsAt),
            title: s.title,
            room: s.room,
            interpretation: s.interpretation,
            speakerIds: s.speakers.map((p) => p.id),
          }
        : null;
    })(),
    speakers: programme.speakers,
    materials: [...programme.eventMaterials, ...programme.sessions.flatMap((s) => s.materials)].map((m) => ({
      id: m.id,
      title: title(m),
      session: m.sessionId ? (programme.sessions.find((s) => s.id === m.sessionId)?.title ?? null) : null,
      href: m.url ?? `/${lang}/events/${event.slug}/materials/${m.id}`,
      fileName: m.fileName,
    })),
    sessionChoices: programme.sessions.map((s) => ({
      value: String(s.id),
      label: `${formatTimeRange(lang, s.startsAt, s.endsAt, event.timeZone)}${getT(lang)("dash")}${pickTranslation(s.title, lang).text}`,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, user, event } = eventDesk(request, params);
  const form = await readForm(request);
  const s = await parseSubmission({ request, context, lang, schema: ProgrammeSchema(), guard: { kind: "signed-in" }, form });
  const intent = String(form?.get("intent") ?? "");
  if (!s.ok) return data({ ...s.failure, intent }, { status: s.status });
  const t = getT(lang);
  const ta = getT(lang, "admin");
  // Every ticked box of a group comes back ticked (keptValues), not only the last one.
  const values = keptValues(s.form);
  const refuse = (status: number, fieldErrors: Record<string, string>) => data({ intent, formError: t("errors.checkFields"), fieldErrors, values }, { status });
  const back = (anchor: string) => redirect(`/${lang}/admin/events/${event.id}/programme?saved=1#${anchor}`);
  const d = s.data;
  switch (d.intent) {
    case "session": {
      const startsAt = zonedWallTimeToInstant(d.start, event.timeZone);
      const endsAt = zonedWallTimeToInstant(d.end, event.timeZone);
      if (startsAt === null) return refuse(400, { start: t("errors.format") });
      if (endsAt === null) return refuse(400, { end: t("errors.format") });
      const input = {
        startsAt,
        endsAt,
        title: collectTranslated(d, "title"),
        room: collectTranslated(d, "room"),
        interpretation: d.interpretation,
        speakerIds: d.speaker,
      };
      const saved = saveSession(event.id, d.sessionId || null, input, user.id);
      if (saved.outcome === "not-found") throw notFound();
      if (saved.outcome === "end-before-start") return refuse(400, { end: ta("editor.endBeforeStart") });
      if (saved.outcome === "outside-event") return refuse(400, { start: ta("programme.outsideEvent") });
      return back("sessions");
    }
    case "delete-session":
      if (!deleteSession(event.id, d.sessionId, user.id)) throw notFound();
      return back("sessions");
    case "speaker": {
      const input = { name: d.name, title: d.title, organisation: d.organisation };
      const done = d.speakerId ? updateSpeaker(event.id, d.speakerId, input, user.id) : addSpeaker(event.id, input, user.id) !== null;
      if (!done) throw notFound();
      return back("speakers");
    }
    case "delete-speaker":
      if (!removeSpeaker(event.id, d.speakerId, user.id)) throw notFound();
      return back("speakers");
    case "material": {
      const upload = await readMaterialFile(s.form);
      if (!upload.ok) return refuse(400, { file: t(upload.error) });
      if (!upload.file && !d.url) return refuse(400, { url: ta("programme.linkOrFile") });
      if (upload.file && d.url) return refuse(400, { url: ta("programme.linkOrFile") });
      const target = { eventId: event.id, sessionId: d.target || null, title: collectTranslated(d, "materialTitle") };
      const outcome = addMaterial(target, upload.file ? { file: upload.file } : { url: d.url! }, user.id);
      if (outcome === "not-found") throw notFound();
      if (outcome === "storage-full") return refuse(503, { file: ta("programme.storageFull") });
      return back("materials");
    }
    case "delete-material":
      if (!removeMaterial(event.id, d.materialId, user.id)) throw notFound();
      return back("materials");
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function ProgrammeEditor() {
  const { t } = useTranslation("admin");
  const { lang, event, sessions, editing, speakers, materials, sessionChoices } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failed = (intent: string) => (failure && failure.intent === intent ? failure : null);
  return (
    <>
      <h1>{t("programme.title")}</h1>
      <p className="lead">
        <bdi>{event.title}</bdi>
      </p>
      <p>
        <a href={`/${lang}/admin/events/${event.id}`}>{t("programme.backToEvent")}</a>
        {event.status !== "draft" ? (
          <>
            {" · "}
            <a href={`/${lang}/events/${event.slug}#programme`}>{t("editor.viewPublic")}</a>
          </>
        ) : null}
      </p>
      <SavedNotice failed={!!failure} />
      {failure && !["session", "speaker", "material"].includes(failure.intent) ? <FormError failure={failure} /> : null}
      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("programme.sessions")}</h2>
        {sessions.length ? (
          <ol className="plain-list stack">
            {sessions.map((s) => (
              <li key={s.id} className="card">
                <p>
                  <strong>
                    <bdi>{s.title}</bdi>
                  </strong>
                  <br />
                  {s.when}
                  {s.outside ? (
                    <>
                      <br />
                      <strong className="field-error">{t("programme.outsideNow")}</strong>
                    </>
                  ) : null}
                  {s.speakers.length ? (
                    <>
                      <br />
                      <bdi>{s.speakers.join(", ")}</bdi>
                    </>
                  ) : null}
                </p>
                <p>
                  <a href={`?session=${s.id}#session-form`}>{t("programme.editSession", { title: s.title })}</a>
                </p>
                <IntentButton intent="delete-session" values={{ sessionId: s.id }} label={t("programme.removeSession", { title: s.title })} secondary />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("programme.noSessions")}</p>
        )}
        <SessionForm key={editing?.id ?? "new"} editing={editing} speakers={speakers} timeZone={event.timeZone} failure={failed("session")} />
      </section>
      <SpeakersSection speakers={speakers} failure={failed("speaker")} />
      <MaterialsSection materials={materials} sessionChoices={sessionChoices} failure={failed("material")} />
    </>
  );
}
