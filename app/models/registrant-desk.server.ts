import { and, asc, eq, getTableColumns, getTableName, inArray, like, or, sql, type Column, type Table } from "drizzle-orm";
import { events, focalPointDelegateDecisions, focalPoints, registrations } from "../../db/schema";
import { regionOf } from "~/utils/countries";
import { doorClosed } from "./check-in.server";
import { db, write, type Tx } from "~/utils/db.server";
import { recordChange } from "./audit.server";
import { registrationStatuses } from "./registration-types";
import { freeSeats } from "./participation-rules";
import { typesOfEvent } from "./participation-types.server";
import { emailRegistrant, typeOfRegistration } from "./registrant-emails.server";
import { seatedCount } from "./seats.server";
import { promoteFromWaitingList } from "./waiting-list.server";
import { updateRegistrationRow } from "./registration-rows.server";
import { withdrawCertificate } from "./certificates.server";
import { awaitsFocalPoint } from "./focal-point-wait.server";

export const REGISTRANTS_PER_PAGE = 50;
type Status = (typeof registrationStatuses)[number];

export function registrantCounts(eventId: number) {
  const rows = db()
    .select({ status: registrations.status, n: sql<number>`count(*)`, attended: sql<number>`count(${registrations.attendedAt})` })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .groupBy(registrations.status)
    .all();
  const counts = Object.fromEntries(registrationStatuses.map((s) => [s, 0])) as Record<Status, number>;
  let attended = 0;
  for (const r of rows) {
    counts[r.status] = r.n;
    attended += r.attended;
  }
  return { ...counts, attended };
}

/** Each participation type of an event with its confirmed, held, waiting and pending counts: one query. */
export function countsByType(eventId: number) {
  const types = typesOfEvent(eventId);
  const rows = db()
    .select({ typeId: registrations.participationTypeId, status: registrations.status, n: sql<number>`count(*)` })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .groupBy(registrations.participationTypeId, registrations.status)
    .all();
  return types.map((t) => {
    const n = (status: Status) => rows.find((r) => r.typeId === t.id && r.status === status)?.n ?? 0;
    return { ...t, confirmed: n("confirmed"), held: n("held"), waiting: n("waiting"), pending: n("pending") };
  });
}

function filterFor(eventId: number, q: string, status: Status | undefined, typeId?: number) {
  const conditions = [eq(registrations.eventId, eventId)];
  if (status) conditions.push(eq(registrations.status, status));
  if (typeId) conditions.push(eq(registrations.participationTypeId, typeId));
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        like(registrations.firstName, pattern),
        like(registrations.lastName, pattern),
        like(registrations.email, pattern),
        like(registrations.organisation, pattern),
      )!,
    );
  }
  return and(...conditions);
}

/** A column named with its table, as a correlated subquery needs it. */
const of = (table: Table, column: Column) => sql`${sql.identifier(getTableName(table))}.${sql.identifier(column.name)}`;

export function listRegistrants(eventId: number, opts: { q: string; status?: Status; typeId?: number; page: number }) {
  const where = filterFor(eventId, opts.q, opts.status, opts.typeId);
  const total = db()
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(where)
    .get()!.n;
  // A query on one table writes its columns without the table's name: inside these subqueries a bare
  // "country" was the focal point's own, so any country's focal point held back every delegate.
  const fpd = (c: Column) => of(focalPointDelegateDecisions, c);
  const reg = (c: Column) => of(registrations, c);
  const items = db()
    .select({
      ...getTableColumns(registrations),
      // A focal point's "no" to a delegate is theirs to give: the desk offers no undo for it.
      declinedByFocalPoint:
        sql<boolean>`exists(select 1 from ${focalPointDelegateDecisions} where ${fpd(focalPointDelegateDecisions.registrationId)} = ${reg(registrations.id)} and ${fpd(focalPointDelegateDecisions.decision)} = 'declined')`.mapWith(
          Boolean,
        ),
      // A delegate still with their government's focal point (as awaitsFocalPoint): not the desk's to decide yet.
      awaitsFocalPoint: sql<boolean>`(${reg(registrations.status)} = 'pending' and ${reg(registrations.governmentDelegate)} = 1
        and exists(select 1 from ${events} where ${of(events, events.id)} = ${reg(registrations.eventId)} and ${of(events, events.delegatesNeedFocalPoint)} = 1)
        and exists(select 1 from ${focalPoints} where ${of(focalPoints, focalPoints.country)} = ${reg(registrations.country)} and ${of(focalPoints, focalPoints.active)} = 1)
        and not exists(select 1 from ${focalPointDelegateDecisions} where ${fpd(focalPointDelegateDecisions.registrationId)} = ${reg(registrations.id)}))`.mapWith(
        Boolean,
      ),
    })
    .from(registrations)
    .where(where)
    .orderBy(asc(registrations.id))
    .limit(REGISTRANTS_PER_PAGE)
    .offset((opts.page - 1) * REGISTRANTS_PER_PAGE)
    .all();
  return { items, total, pages: Math.max(1, Math.ceil(total / REGISTRANTS_PER_PAGE)) };
}

/** Who is coming, by country, ITU region, organisation type and gender: active registrations only. */
export function registrantStats(eventId: number) {
  const rows = db()
    .select({
      country: registrations.country,
      type: registrations.organisationType,
      gender: registrations.gender,
      participationTypeId: registrations.participationTypeId,
      n: sql<number>`count(*)`,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ["confirmed", "waiting", "pending"])))
    .groupBy(registrations.country, registrations.organisationType, registrations.gender, registrations.participationTypeId)
    .all();
  const tally = (key: (r: (typeof rows)[number]) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  };
  return {
    byCountry: tally((r) => r.country),
    byRegion: tally((r) => regionOf(r.country) ?? "other"),
    byType: tally((r) => r.type),
    byGender: tally((r) => r.gender ?? "unanswered"),
    byParticipationType: tally((r) => String(r.participationTypeId ?? "")),
  };
}

export type DeskAction = "approve" | "reject" | "reinstate" | "promote" | "attended" | "absent";

/**
 * The secretariat's decisions on one registrant. Approving gives a seat when one is free and
 * otherwise a waiting-list place; promoting confirms by hand even past capacity. Reinstating undoes
 * the secretariat's rejection the same way (a waiting person keeps their place in line); it cannot
 * overturn a focal point who declined a delegate.
 */
export function decideRegistration(eventId: number, registrationId: number, action: DeskAction, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const reg = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)))
      .get();
    if (!reg) return false;
    const event = tx.select().from(events).where(eq(events.id, eventId)).get()!;
    const set = (values: Partial<typeof registrations.$inferInsert>) => updateRegistrationRow(tx, reg.id, values, now);
    // A cancelled event seats nobody: no approval, promotion or reinstatement, and no «confirmed» email.
    if (event.status === "cancelled" && (action === "approve" || action === "promote" || action === "reinstate")) return false;
    // Presence is marked while the door is open or after it (from paper lists); never for a cancelled event,
    // nor weeks ahead, as the door itself refuses (a mark there would earn a certificate).
    if (action === "attended" && !mayMarkAttendance(event, now)) return false;
    if (action === "attended" || action === "absent") {
      set({ attendedAt: action === "attended" ? now : null });
      if (action === "absent" && withdrawCertificate(tx, reg.id, now)) {
        recordChange(tx, { staffUserId, action: "certificate-withdrawn", entity: "registration", entityId: reg.id });
      }
    } else if ((action === "approve" || action === "reject") && awaitsFocalPoint(reg, event, tx)) {
      // Their government's focal point decides a delegate first (decision 013); the desk waits for them.
      return false;
    } else if ((action === "approve" && reg.status === "pending") || (action === "reinstate" && reinstatable(tx, reg))) {
      // The seat is one of the registrant's own type.
      const type = typeOfRegistration(tx, reg);
      const seat = type ? freeSeats(type, seatedCount(tx, type.id)) > 0 : event.capacity === null;
      const updated = set({ status: seat ? "confirmed" : "waiting", confirmedAt: seat ? now : null });
      emailRegistrant(tx, seat ? "registration-confirmed" : "registration-waiting", updated, event);
    } else if (action === "reject" && (reg.status === "pending" || reg.status === "waiting" || reg.status === "confirmed")) {
      const updated = set({ status: "rejected" });
      if (withdrawCertificate(tx, reg.id, now)) recordChange(tx, { staffUserId, action: "certificate-withdrawn", entity: "registration", entityId: reg.id });
      // An address never proven gets nothing: the names it came with go to no inbox.
      // Nor does anyone on a cancelled event, who was told of the cancellation: no refusal on top of it.
      if (reg.addressProven && event.status !== "cancelled") emailRegistrant(tx, "registration-rejected", updated, event);
      if (reg.status === "confirmed") promoteFromWaitingList(tx, eventId, now);
    } else if (action === "promote" && reg.status === "waiting" && reg.addressProven) {
      const updated = set({ status: "confirmed", confirmedAt: now });
      emailRegistrant(tx, "registration-promoted", updated, event);
    } else {
      return false;
    }
    recordChange(tx, { staffUserId, action: `registration-${action}`, entity: "registration", entityId: reg.id });
    return true;
  });
}

/** A rejection the secretariat may undo: its own (not a focal point's), of an address proven. */
function reinstatable(tx: Tx, reg: typeof registrations.$inferSelect) {
  if (reg.status !== "rejected" || !reg.addressProven) return false;
  const fp = tx.select().from(focalPointDelegateDecisions).where(eq(focalPointDelegateDecisions.registrationId, reg.id)).get();
  return fp?.decision !== "declined";
}

/** Whether a registrant's own type has no free seat left (the desk then asks before seating them). */
export function typeSeatsFull(eventId: number, registrationId: number): { full: boolean; capacity: number | null } {
  return db().transaction((tx) => {
    const reg = tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)))
      .get();
    const type = reg ? typeOfRegistration(tx, reg) : null;
    if (!type || type.capacity === null) return { full: false, capacity: null };
    return { full: seatedCount(tx, type.id) >= type.capacity, capacity: type.capacity };
  });
}

/** Whether the desk may mark someone present: the event is not cancelled and its door has opened. */
export function mayMarkAttendance(event: { startsAt: number; endsAt: number; status: string }, now = Date.now()) {
  const closed = doorClosed(event, now);
  return closed === null || closed.outcome === "closed";
}
