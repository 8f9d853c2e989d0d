import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { circulars, eventPillars, events, pillars } from "../../db/schema";
import { db, type DB } from "~/utils/db.server";
import { prepared } from "~/utils/prepared.server";
import { memoUntilWrite } from "~/utils/data-version.server";

import type { EventFormat, EventKind } from "./event-types";

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

export type EventFilter = {
  when: "upcoming" | "past";
  kind?: EventKind;
  format?: EventFormat;
  pillar?: string;
  page: number;
};

/**
 * The public list's two queries for one shape of filter (which of kind, format and pillar are set,
 * and upcoming or past), built once: drizzle's building cost more than the queries (issue 19).
 */
function eventListQueries(d: DB, when: EventFilter["when"], byKind: boolean, byFormat: boolean, byPillar: boolean) {
  const now = sql.placeholder("now");
  const conditions = [inArray(events.status, ["published", "cancelled"]), when === "upcoming" ? gte(events.endsAt, now) : lt(events.endsAt, now)];
  if (byKind) conditions.push(eq(events.kind, sql.placeholder("kind")));
  if (byFormat) conditions.push(eq(events.format, sql.placeholder("format")));
  if (byPillar) {
    conditions.push(
      inArray(
        events.id,
        d
          .select({ id: eventPillars.eventId })
          .from(eventPillars)
          .innerJoin(pillars, eq(pillars.id, eventPillars.pillarId))
          .where(eq(pillars.slug, sql.placeholder("pillar"))),
      ),
    );
  }
  const where = and(...conditions);
  return {
    count: d
      .select({ n: sql<number>`count(*)` })
      .from(events)
      .where(where)
      .prepare(),
    page: d
      .select(publicEventColumns)
      .from(events)
      .where(where)
      .orderBy(when === "upcoming" ? asc(events.startsAt) : desc(events.startsAt))
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(),
  };
}
const eventListShapes = new Map<string, () => ReturnType<typeof eventListQueries>>();

function eventListQueriesFor(filter: Omit<EventFilter, "page">) {
  const shape = [filter.when, Boolean(filter.kind), Boolean(filter.format), Boolean(filter.pillar)] as const;
  const key = shape.join();
  let queries = eventListShapes.get(key);
  if (!queries) eventListShapes.set(key, (queries = prepared((d) => eventListQueries(d, ...shape))));
  return queries;
}

export function listPublishedEvents(filter: EventFilter, now = Date.now()) {
  const queries = eventListQueriesFor(filter);
  const values = { now, kind: filter.kind, format: filter.format, pillar: filter.pillar, limit: EVENTS_PER_PAGE, offset: (filter.page - 1) * EVENTS_PER_PAGE };
  const total = queries().count.get(values)?.n ?? 0;
  const items = queries().page.all(values);
  return { items: withPillars(items), total, pages: Math.max(1, Math.ceil(total / EVENTS_PER_PAGE)) };
}

/** Attaches pillar slugs to a page of events with one query, not one per event. */
function withPillars<T extends { id: number }>(items: T[]) {
  if (items.length === 0) return [] as (T & { pillars: { slug: string; number: number }[] })[];
  const links = pillarsOfEvents().all({ ids: JSON.stringify(items.map((i) => i.id)) });
  return items.map((item) => ({
    ...item,
    pillars: links.filter((l) => l.eventId === item.id).map(({ slug, number }) => ({ slug, number })),
  }));
}
const pillarsOfEvents = prepared((d) =>
  d
    .select({ eventId: eventPillars.eventId, slug: pillars.slug, number: pillars.number })
    .from(eventPillars)
    .innerJoin(pillars, eq(pillars.id, eventPillars.pillarId))
    .where(sql`${eventPillars.eventId} in (select value from json_each(${sql.placeholder("ids")}))`)
    .orderBy(pillars.number)
    .prepare(),
);

/** The next `limit` events (the home page's), without counting the rest as the list does. */
export function upcomingEvents(limit: number, now = Date.now()) {
  // The same for every visitor and language until the next write, or until one of them ends (the
  // next event then takes its place): kept that long (memoUntilWrite, decision 016).
  return memoUntilWrite(
    `upcoming-events:${limit}`,
    () => ({
      since: now,
      events: withPillars(
        eventListQueriesFor({ when: "upcoming" })().page.all({ now, kind: undefined, format: undefined, pillar: undefined, limit, offset: 0 }),
      ),
    }),
    (kept) => now >= kept.since && kept.events.every((e) => e.endsAt >= now),
  ).events;
}

/** A pillar's events, those not yet ended first, by start: on every pillar's and working group's page. */
export function eventsForPillar(pillarId: number, limit: number, now = Date.now()) {
  return eventsForPillarQuery().all({ pillarId, limit, now });
}
// Built once (prepared.server): building it cost more than running it (issue 19).
const eventsForPillarQuery = prepared((d) =>
  d
    .select(publicEventColumns)
    .from(events)
    .innerJoin(eventPillars, eq(eventPillars.eventId, events.id))
    .where(and(eq(eventPillars.pillarId, sql.placeholder("pillarId")), eq(events.status, "published")))
    .orderBy(sql`${events.endsAt} < ${sql.placeholder("now")}`, asc(events.startsAt))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

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
