import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { circulars, eventPillars, events, pillars } from "../../db/schema";
import { db } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";

export { eventFormats, eventKinds, type EventFormat, type EventKind } from "./event-types";
export const EVENTS_PER_PAGE = 12;

/** Every column a public page may show: never the join link. */
export const publicEventColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  dateOnly: events.dateOnly,
  format: events.format,
  venue: events.venue,
  isExample: events.isExample,
  status: events.status,
  registrationOpensAt: events.registrationOpensAt,
  registrationClosesAt: events.registrationClosesAt,
  capacity: events.capacity,
  externalRegistration: events.externalRegistration,
  updatedAt: events.updatedAt,
};

export type RegistrationInput = {
  status: "draft" | "published" | "cancelled";
  startsAt: number;
  endsAt: number;
  registrationOpensAt: number | null;
  registrationClosesAt: number | null;
  capacity: number | null;
  externalRegistration: string | null;
};

export type RegistrationState =
  | { kind: "cancelled" }
  | { kind: "took-place" }
  | { kind: "in-progress" }
  | { kind: "external"; contact: string }
  | { kind: "none" }
  | { kind: "opens"; at: number }
  | { kind: "open"; closesAt: number | null; seatsLeft: number | null }
  | { kind: "waiting-list" }
  | { kind: "closed" };

/** What a visitor can do about registering, now. Capacity counts confirmed seats only. */
export function registrationState(e: RegistrationInput, confirmed: number, now: number): RegistrationState {
  if (e.status === "cancelled") return { kind: "cancelled" };
  if (now >= e.endsAt) return { kind: "took-place" };
  if (e.externalRegistration) return now >= e.startsAt ? { kind: "in-progress" } : { kind: "external", contact: e.externalRegistration };
  if (e.registrationOpensAt === null) return now >= e.startsAt ? { kind: "in-progress" } : { kind: "none" };
  if (now < e.registrationOpensAt) return { kind: "opens", at: e.registrationOpensAt };
  const closesAt = e.registrationClosesAt ?? e.startsAt;
  if (now >= closesAt) return now >= e.startsAt ? { kind: "in-progress" } : { kind: "closed" };
  if (e.capacity !== null && confirmed >= e.capacity) return { kind: "waiting-list" };
  return { kind: "open", closesAt, seatsLeft: e.capacity === null ? null : e.capacity - confirmed };
}

export function eventsForCircular(circularId: number) {
  return db()
    .select(publicEventColumns)
    .from(events)
    .where(and(eq(events.circularId, circularId), inArray(events.status, ["published", "cancelled"])))
    .orderBy(asc(events.startsAt))
    .all();
}

/** A published (or cancelled) event with what its page shows; drafts are never public. */
/** Just the id of a published (or cancelled) event: what a registration needs before its rules run. */
export function publicEventIdBySlug(slug: string) {
  return publicEventBySlug().get({ slug }) ?? null;
}
// Read by every registration: built once (prepared.server).
const publicEventBySlug = prepared((d) =>
  d
    .select({ id: events.id, slug: events.slug })
    .from(events)
    .where(and(eq(events.slug, sql.placeholder("slug")), inArray(events.status, ["published", "cancelled"])))
    .prepare(),
);

export function getPublicEvent(slug: string) {
  const event = publicEventPage().get({ slug });
  if (!event) return null;
  const eventPillarRows = pillarsOfEvent().all({ eventId: event.id });
  const circular = event.circularSlug && event.circularStatus === "published" ? { slug: event.circularSlug, reference: event.circularReference! } : null;
  return { ...event, circular, pillars: eventPillarRows };
}
// An event's page is read far more often than it changes: its two queries are built once (prepared.server).
const publicEventPage = prepared((d) =>
  d
    .select({
      ...publicEventColumns,
      description: events.description,
      organisers: events.organisers,
      audience: events.audience,
      fee: events.fee,
      requiresApproval: events.requiresApproval,
      delegatesNeedFocalPoint: events.delegatesNeedFocalPoint,
      circularSlug: circulars.slug,
      circularReference: circulars.reference,
      circularStatus: circulars.status,
    })
    .from(events)
    .leftJoin(circulars, eq(circulars.id, events.circularId))
    .where(and(eq(events.slug, sql.placeholder("slug")), inArray(events.status, ["published", "cancelled"])))
    .prepare(),
);
const pillarsOfEvent = prepared((d) =>
  d
    .select({ slug: pillars.slug, number: pillars.number, title: pillars.title })
    .from(eventPillars)
    .innerJoin(pillars, eq(pillars.id, eventPillars.pillarId))
    .where(eq(eventPillars.eventId, sql.placeholder("eventId")))
    .orderBy(pillars.number)
    .prepare(),
);

/** Everything public about published events, for the calendar feed, JSON and sitemap. */
export function allPublicEvents() {
  return db()
    .select({ ...publicEventColumns, description: events.description, organisers: events.organisers })
    .from(events)
    .where(inArray(events.status, ["published", "cancelled"]))
    .orderBy(asc(events.startsAt))
    .all();
}
