import { and, asc, eq, sql } from "drizzle-orm";
import { eventMaterials, events, eventSessions, eventSpeakers, sessionSpeakers, type Translated } from "../../db/schema";
import { write, type Tx } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";
import { recordChange } from "./audit.server";
import { interpretationFrom, programmeOrder, sessionTimeProblem } from "./programme-rules";

export type Speaker = { id: number; name: string; title: string; organisation: string };
export type Material = typeof eventMaterials.$inferSelect;
export type SessionInput = { startsAt: number; endsAt: number; title: Translated; room: Translated; interpretation: string[]; speakerIds: number[] };

/**
 * An event's programme in three queries, whatever its length: sessions in order, each with its
 * speakers and materials, the event's speakers, and the materials of the whole event.
 */
export function getProgramme(eventId: number) {
  const sessions = programmeQueries.sessions().all({ eventId });
  const speakers: Speaker[] = programmeQueries.speakers().all({ eventId });
  const links = sessions.length ? programmeQueries.links().all({ ids: JSON.stringify(sessions.map((s) => s.id)) }) : [];
  const materials = programmeQueries.materials().all({ eventId });
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return {
    sessions: programmeOrder(sessions).map((s) => ({
      ...s,
      speakers: links.filter((l) => l.sessionId === s.id).flatMap((l) => byId.get(l.speakerId) ?? []),
      materials: materials.filter((m) => m.sessionId === s.id),
    })),
    speakers,
    eventMaterials: materials.filter((m) => m.sessionId === null),
  };
}

// Read on every event page: built once (prepared.server); the sessions' ids go in as one JSON array.
const eventId = sql.placeholder("eventId");
const programmeQueries = {
  sessions: prepared((d) => d.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).prepare()),
  speakers: prepared((d) =>
    d
      .select({ id: eventSpeakers.id, name: eventSpeakers.name, title: eventSpeakers.title, organisation: eventSpeakers.organisation })
      .from(eventSpeakers)
      .where(eq(eventSpeakers.eventId, eventId))
      .orderBy(asc(eventSpeakers.name), asc(eventSpeakers.id))
      .prepare(),
  ),
  links: prepared((d) =>
    d
      .select()
      .from(sessionSpeakers)
      .where(sql`${sessionSpeakers.sessionId} in (select value from json_each(${sql.placeholder("ids")}))`)
      .orderBy(asc(sessionSpeakers.position))
      .prepare(),
  ),
  materials: prepared((d) => d.select().from(eventMaterials).where(eq(eventMaterials.eventId, eventId)).orderBy(asc(eventMaterials.id)).prepare()),
};

function eventTimes(tx: Tx, eventId: number) {
  return tx.select({ id: events.id, startsAt: events.startsAt, endsAt: events.endsAt }).from(events).where(eq(events.id, eventId)).get();
}

/** The public page says when the event last changed: a programme change is a change. */
export function touchEvent(tx: Tx, eventId: number, now = Date.now()) {
  tx.update(events).set({ updatedAt: now }).where(eq(events.id, eventId)).run();
}

export type SaveSessionOutcome = { outcome: "saved"; id: number } | { outcome: "not-found" } | { outcome: "end-before-start" } | { outcome: "outside-event" };

/** Adds a session (sessionId null) or replaces one, with its speakers, in one transaction. */
export function saveSession(eventId: number, sessionId: number | null, input: SessionInput, staffUserId: number): SaveSessionOutcome {
  return write((tx): SaveSessionOutcome => {
    const event = eventTimes(tx, eventId);
    if (!event) return { outcome: "not-found" };
    const problem = sessionTimeProblem(input, event);
    if (problem) return { outcome: problem };
    const known = new Set(
      tx
        .select({ id: eventSpeakers.id })
        .from(eventSpeakers)
        .where(eq(eventSpeakers.eventId, eventId))
        .all()
        .map((r) => r.id),
    );
    const columns = {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      title: input.title,
      room: input.room,
      interpretation: interpretationFrom(input.interpretation),
    };
    let id: number;
    if (sessionId === null) {
      const next = tx
        .select({ n: sql<number>`coalesce(max(${eventSessions.position}), -1) + 1` })
        .from(eventSessions)
        .where(eq(eventSessions.eventId, eventId))
        .get()!.n;
      id = tx
        .insert(eventSessions)
        .values({ ...columns, eventId, position: next })
        .returning({ id: eventSessions.id })
        .get().id;
    } else {
      const updated = tx
        .update(eventSessions)
        .set(columns)
        .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)))
        .returning({ id: eventSessions.id })
        .get();
      if (!updated) return { outcome: "not-found" };
      id = updated.id;
      tx.delete(sessionSpeakers).where(eq(sessionSpeakers.sessionId, id)).run();
    }
    // A speaker of another event cannot be slipped in by editing the form.
    [...new Set(input.speakerIds)]
      .filter((s) => known.has(s))
      .forEach((speakerId, position) => tx.insert(sessionSpeakers).values({ sessionId: id, speakerId, position }).run());
    touchEvent(tx, eventId);
    recordChange(tx, {
      staffUserId,
      action: sessionId === null ? "session-added" : "session-updated",
      entity: "event",
      entityId: eventId,
      detail: { session: id },
    });
    return { outcome: "saved", id };
  });
}

/** Removes a session; its speaker links and its materials' rows go with it (the files by materials' sweep). */
export function deleteSession(eventId: number, sessionId: number, staffUserId: number): boolean {
  return write((tx) => {
    const gone = tx
      .delete(eventSessions)
      .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)))
      .returning({ id: eventSessions.id })
      .get();
    if (!gone) return false;
    touchEvent(tx, eventId);
    recordChange(tx, { staffUserId, action: "session-removed", entity: "event", entityId: eventId, detail: { session: sessionId } });
    return true;
  });
}

export type SpeakerInput = { name: string; title: string; organisation: string };

export function addSpeaker(eventId: number, input: SpeakerInput, staffUserId: number): number | null {
  return write((tx) => {
    if (!eventTimes(tx, eventId)) return null;
    const id = tx
      .insert(eventSpeakers)
      .values({ ...input, eventId, createdAt: Date.now() })
      .returning({ id: eventSpeakers.id })
      .get().id;
    touchEvent(tx, eventId);
    recordChange(tx, { staffUserId, action: "speaker-added", entity: "event", entityId: eventId, detail: { speaker: id } });
    return id;
  });
}

export function updateSpeaker(eventId: number, speakerId: number, input: SpeakerInput, staffUserId: number): boolean {
  return write((tx) => {
    const done = tx
      .update(eventSpeakers)
      .set(input)
      .where(and(eq(eventSpeakers.id, speakerId), eq(eventSpeakers.eventId, eventId)))
      .returning({ id: eventSpeakers.id })
      .get();
    if (!done) return false;
    touchEvent(tx, eventId);
    recordChange(tx, { staffUserId, action: "speaker-updated", entity: "event", entityId: eventId, detail: { speaker: speakerId } });
    return true;
  });
}

export function removeSpeaker(eventId: number, speakerId: number, staffUserId: number): boolean {
  return write((tx) => {
    const gone = tx
      .delete(eventSpeakers)
      .where(and(eq(eventSpeakers.id, speakerId), eq(eventSpeakers.eventId, eventId)))
      .returning({ id: eventSpeakers.id })
      .get();
    if (!gone) return false;
    touchEvent(tx, eventId);
    recordChange(tx, { staffUserId, action: "speaker-removed", entity: "event", entityId: eventId, detail: { speaker: speakerId } });
    return true;
  });
}
