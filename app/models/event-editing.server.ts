import { asc, desc, eq, inArray } from "drizzle-orm";
import { circulars, eventPillars, events, pillars, type Translated } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { recordChange } from "./audit.server";
import { ensureParticipationTypes, followFormatChange, syncMainType } from "./participation-types.server";
import { changesOf, notifyEventCancelled, notifyEventChanged } from "./event-change-notice.server";
import { promoteFromWaitingList } from "./waiting-list.server";
import { remindAgain } from "./registration-reminders.server";
import type { EventFormat, EventKind } from "./events.server";

export type EventStatus = "draft" | "published" | "cancelled";

export type EventInput = {
  slug: string;
  kind: EventKind;
  format: EventFormat;
  status: EventStatus;
  title: Translated;
  summary: Translated;
  description: Translated;
  venue: Translated;
  audience: Translated;
  fee: Translated;
  organisers: string[];
  startsAt: number;
  endsAt: number;
  timeZone: string;
  /** The sources give the day and no time: show the date alone (see db/schema/content.ts). */
  dateOnly?: boolean;
  registrationOpensAt: number | null;
  registrationClosesAt: number | null;
  capacity: number | null;
  requiresApproval: boolean;
  delegatesNeedFocalPoint?: boolean;
  joinUrl: string | null;
  externalRegistration: string | null;
  circularId: number | null;
  pillarIds: number[];
};

/** For the secretariat's list: every event whatever its status, newest first. */
export function listEventsForStaff() {
  return db()
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      status: events.status,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      dateOnly: events.dateOnly,
      isExample: events.isExample,
      summary: events.summary,
      description: events.description,
    })
    .from(events)
    .orderBy(desc(events.startsAt))
    .all();
}

/** The event a staff page's address names (`$id`), or null when there is none: the route answers 404. */
export function eventByParam(param: string | undefined) {
  const id = Number(param);
  return (Number.isInteger(id) && id > 0 ? db().select().from(events).where(eq(events.id, id)).get() : undefined) ?? null;
}

export function getEventForEditing(id: number) {
  const event = db().select().from(events).where(eq(events.id, id)).get();
  if (!event) return null;
  const pillarIds = db()
    .select({ id: eventPillars.pillarId })
    .from(eventPillars)
    .where(eq(eventPillars.eventId, id))
    .all()
    .map((r) => r.id);
  return { ...event, pillarIds };
}

export function editingChoices() {
  return {
    circulars: db().select({ id: circulars.id, reference: circulars.reference }).from(circulars).orderBy(desc(circulars.issuedOn)).all(),
    pillars: db().select({ id: pillars.id, number: pillars.number, title: pillars.title }).from(pillars).orderBy(asc(pillars.number)).all(),
  };
}

export type SaveOutcome =
  /** `told`: how many registrants were emailed of a new time, venue or link, or of the cancellation. */
  | { outcome: "saved"; id: number; told: number }
  | { outcome: "slug-taken" }
  | { outcome: "not-found" }
  /** A circular or pillar chosen on the form no longer exists (deleted meanwhile, or a forged value). */
  | { outcome: "unknown-choice"; field: "circularId" | "pillar" };

/**
 * Creates or updates an event with its pillars, all or nothing, and records who did it. The
 * programme (sessions, speakers, materials) has its own page and is left as it is
 * (programme.server.ts).
 */
export function saveEvent(id: number | null, input: EventInput, staffUserId: number): SaveOutcome {
  return write((tx): SaveOutcome => {
    const clash = tx.select({ id: events.id }).from(events).where(eq(events.slug, input.slug)).get();
    // The refusals come before the first write, so returning leaves nothing to roll back.
    if (clash && clash.id !== id) return { outcome: "slug-taken" };
    // Checked here rather than left to the foreign keys, whose failure would be a 500.
    if (input.circularId !== null && !tx.select({ id: circulars.id }).from(circulars).where(eq(circulars.id, input.circularId)).get()) {
      return { outcome: "unknown-choice", field: "circularId" };
    }
    const wanted = [...new Set(input.pillarIds)];
    if (wanted.length && tx.select({ id: pillars.id }).from(pillars).where(inArray(pillars.id, wanted)).all().length !== wanted.length) {
      return { outcome: "unknown-choice", field: "pillar" };
    }
    const { pillarIds, ...columns } = input;
    const now = Date.now();
    let eventId: number;
    let told = 0;
    if (id === null) {
      eventId = tx
        .insert(events)
        .values({ ...columns, createdAt: now, updatedAt: now })
        .returning({ id: events.id })
        .get().id;
      // A new event starts with the types its format implies; staff add others on its types page.
      ensureParticipationTypes(tx, eventId);
    } else {
      const before = tx.select().from(events).where(eq(events.id, id)).get();
      if (!before) return { outcome: "not-found" };
      tx.update(events)
        .set({ ...columns, updatedAt: now })
        .where(eq(events.id, id))
        .run();
      eventId = id;
      followFormatChange(tx, before, input, now);
      // The editor's seats and approval rule are the event's main participation type's.
      const main = syncMainType(tx, id, input, now);
      // Confirmed registrants hear of a new date, time, venue or join link, and what it was, in the same transaction.
      const changes = changesOf(before, input);
      if (changes && input.status === "published") told = notifyEventChanged(tx, id, before, changes);
      if (changes?.when) remindAgain(tx, id);
      // A published event called off: everyone it still counts on is told, as they would be of a new time.
      if (before.status === "published" && input.status === "cancelled") told = notifyEventCancelled(tx, id);
      // More seats, or an event on again whose seats were given up while it was off: the waiting list moves up at once.
      if (input.capacity === null || main?.capacity == null || input.capacity > main.capacity || changes?.reinstated) promoteFromWaitingList(tx, id, now);
      tx.delete(eventPillars).where(eq(eventPillars.eventId, id)).run();
    }
    for (const pillarId of new Set(pillarIds)) tx.insert(eventPillars).values({ eventId, pillarId }).run();
    recordChange(tx, { staffUserId, action: id === null ? "created" : "updated", entity: "event", entityId: eventId, detail: { status: input.status } });
    return { outcome: "saved", id: eventId, told };
  });
}
