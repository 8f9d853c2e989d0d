import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { events, participationTypes, registrations, type Translated } from "../../db/schema";
import { write, type Tx } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";
import { recordChange } from "./audit.server";
import { registrationState, type RegistrationState } from "./events.server";
import { stateWithTypes, typeAvailability } from "./participation-rules";
import type { ParticipationMode } from "./registration-types";

export type ParticipationType = typeof participationTypes.$inferSelect;

/** The names the derived types take (the same words as migration 0018). */
export const IN_PERSON_NAME: Translated = { en: "In person", fr: "En présentiel", es: "Presencial", ru: "Очное участие", zh: "现场参加", ar: "الحضور الشخصي" };
export const ONLINE_NAME: Translated = { en: "Online", fr: "En ligne", es: "En línea", ru: "Онлайн-участие", zh: "在线参加", ar: "المشاركة عبر الإنترنت" };

type EventShape = Pick<typeof events.$inferSelect, "id" | "format" | "capacity" | "requiresApproval">;

/**
 * The types an event's format implies (decision 013): one, with the event's seats and approval rule;
 * a hybrid event two — in person with the event's seats, online without a limit.
 */
export function derivedTypes(event: EventShape, now: number) {
  const base = {
    eventId: event.id,
    requiresApproval: event.requiresApproval,
    opensAt: null,
    closesAt: null,
    invitationOnly: false,
    createdAt: now,
    updatedAt: now,
  };
  const main = {
    ...base,
    position: 0,
    capacity: event.capacity,
    ...(event.format === "virtual" ? { name: ONLINE_NAME, mode: "online" as const } : { name: IN_PERSON_NAME, mode: "in-person" as const }),
  };
  return event.format === "hybrid" ? [main, { ...base, position: 1, name: ONLINE_NAME, mode: "online" as const, capacity: null }] : [main];
}

/** An event's types in order, creating the derived ones for an event that has none yet (inside a write). */
export function ensureParticipationTypes(tx: Tx, eventId: number): ParticipationType[] {
  const stored = storedTypes().all({ eventId });
  if (stored.length) return stored;
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return [];
  const created = derivedTypes(event, Date.now()).map((values) => tx.insert(participationTypes).values(values).returning().get());
  // Registrations made before the event had types take its main one, as migration 0018 did.
  tx.update(registrations)
    .set({ participationTypeId: created[0]!.id })
    .where(and(eq(registrations.eventId, eventId), isNull(registrations.participationTypeId)))
    .run();
  return created;
}

const storedTypes = prepared((d) =>
  d
    .select()
    .from(participationTypes)
    .where(eq(participationTypes.eventId, sql.placeholder("eventId")))
    .orderBy(asc(participationTypes.position), asc(participationTypes.id))
    .prepare(),
);

/**
 * An event whose format changes before anyone registered (a webinar that becomes hybrid) takes the
 * types of its new format, as long as staff have not shaped them by hand: its types are still exactly
 * those its old format implied. Once someone has registered, or the types were changed, they stay.
 */
export function followFormatChange(tx: Tx, before: EventShape, after: Pick<EventShape, "format">, now: number) {
  if (before.format === after.format) return;
  const someone = tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.eventId, before.id)).limit(1).get();
  if (someone) return;
  const stored = tx.select().from(participationTypes).where(eq(participationTypes.eventId, before.id)).orderBy(asc(participationTypes.position)).all();
  const implied = derivedTypes(before, now);
  const untouched =
    stored.length === implied.length &&
    stored.every(
      (t, i) =>
        t.mode === implied[i]!.mode &&
        !t.invitationOnly &&
        JSON.stringify(t.name) === JSON.stringify(implied[i]!.name) &&
        t.opensAt === null &&
        t.closesAt === null,
    );
  if (!untouched) return;
  tx.delete(participationTypes).where(eq(participationTypes.eventId, before.id)).run();
  ensureParticipationTypes(tx, before.id);
}

/** An event's types for a page: read-only when they exist, created once otherwise. */
export function typesOfEvent(eventId: number): ParticipationType[] {
  const stored = storedTypes().all({ eventId });
  return stored.length ? stored : write((tx) => ensureParticipationTypes(tx, eventId));
}

/**
 * Seats taken (confirmed and held) in each type of an event: one query, prepared once. It runs on
 * the one connection, so inside a registration's transaction it counts what that transaction sees.
 */
export function seatedByType(eventId: number): Map<number, number> {
  const rows = seatedQuery().all({ eventId });
  return new Map(rows.map((r) => [r.typeId, r.n]));
}
// Counted per type from the (type, status) index alone: grouping the event's registrations read
// every one of them from the table, on every rendering of a popular event's page (issue 19).
const seatedQuery = prepared((d) =>
  d
    .select({
      typeId: participationTypes.id,
      // Written out: drizzle names a column without its table inside a select, and "id" would be the registration's.
      n: sql<number>`(select count(*) from registrations as r where r.participation_type_id = participation_types.id and r.status in ('confirmed', 'held'))`,
    })
    .from(participationTypes)
    .where(eq(participationTypes.eventId, sql.placeholder("eventId")))
    .prepare(),
);

/** The types with their seats taken, for the event's page and its state. */
export function typesWithSeats(eventId: number) {
  const types = typesOfEvent(eventId);
  const seated = seatedByType(eventId);
  return types.map((t) => ({ ...t, seated: seated.get(t.id) ?? 0 }));
}

/** What the public form offers: the types open now or with a waiting list, never the invitation-only ones. */
export function offeredTypes(types: ReturnType<typeof typesWithSeats>, now: number) {
  return types
    .filter((t) => !t.invitationOnly)
    .map((t) => ({ ...t, availability: typeAvailability(t, t.seated, now) }))
    .filter((t) => t.availability === "open" || t.availability === "waiting-list");
}

/** The event editor's seats and approval rule are those of the event's main type (position 0). */
export function syncMainType(tx: Tx, eventId: number, input: { capacity: number | null; requiresApproval: boolean }, now: number) {
  const [main] = ensureParticipationTypes(tx, eventId);
  if (!main) return null;
  tx.update(participationTypes)
    .set({ capacity: input.capacity, requiresApproval: input.requiresApproval, updatedAt: now })
    .where(eq(participationTypes.id, main.id))
    .run();
  return main;
}

export type TypeInput = {
  name: Translated;
  mode: ParticipationMode;
  capacity: number | null;
  requiresApproval: boolean;
  opensAt: number | null;
  closesAt: number | null;
  invitationOnly: boolean;
};

/**
 * Creates or changes one type of an event. More seats move its waiting list up at once (the caller's
 * promote function, so this module stays below the seat rules). The main type's seats are the event's.
 */
export function saveParticipationType(
  eventId: number,
  id: number | null,
  input: TypeInput,
  staffUserId: number,
  promote: (tx: Tx, eventId: number, now: number) => number,
  now = Date.now(),
): "saved" | "not-found" {
  return write((tx) => {
    const types = ensureParticipationTypes(tx, eventId);
    if (!types.length) return "not-found";
    let typeId: number;
    if (id === null) {
      const position = Math.max(...types.map((t) => t.position)) + 1;
      typeId = tx
        .insert(participationTypes)
        .values({ ...input, eventId, position, createdAt: now, updatedAt: now })
        .returning()
        .get().id;
    } else {
      const before = types.find((t) => t.id === id);
      if (!before) return "not-found";
      tx.update(participationTypes)
        .set({ ...input, updatedAt: now })
        .where(eq(participationTypes.id, id))
        .run();
      if (before.position === 0)
        tx.update(events).set({ capacity: input.capacity, requiresApproval: input.requiresApproval, updatedAt: now }).where(eq(events.id, eventId)).run();
      typeId = id;
      if (input.capacity === null || (before.capacity !== null && input.capacity > before.capacity)) promote(tx, eventId, now);
    }
    recordChange(tx, {
      staffUserId,
      action: id === null ? "participation-type-created" : "participation-type-updated",
      entity: "event",
      entityId: eventId,
      detail: { typeId },
    });
    return "saved";
  });
}

/** Removes a type nobody registered for; a type with registrations stays (they hold its seats). */
export function deleteParticipationType(eventId: number, id: number, staffUserId: number): "deleted" | "in-use" | "not-found" {
  return write((tx) => {
    const type = tx
      .select()
      .from(participationTypes)
      .where(and(eq(participationTypes.id, id), eq(participationTypes.eventId, eventId)))
      .get();
    if (!type || type.position === 0) return "not-found";
    const used = tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.participationTypeId, id)).limit(1).get();
    if (used) return "in-use";
    tx.delete(participationTypes).where(eq(participationTypes.id, id)).run();
    recordChange(tx, { staffUserId, action: "participation-type-deleted", entity: "event", entityId: eventId, detail: { typeId: id } });
    return "deleted";
  });
}

/** What a visitor can do about registering, now, from the event's window and its types' seats and windows. */
export function eventRegistrationState(
  event: Parameters<typeof registrationState>[0] & { id: number },
  now = Date.now(),
  types = typesWithSeats(event.id),
): { state: RegistrationState; types: ReturnType<typeof typesWithSeats> } {
  const base = registrationState({ ...event, capacity: null }, 0, now);
  return { state: stateWithTypes(base, types, now), types };
}
