import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { eventPillars, events, pillars } from "../../db/schema";
import type { DB } from "~/utils/db.server";
import { memoUntilWrite } from "~/utils/data-version.server";
import { prepared } from "~/utils/prepared.server";
import type { EventFormat, EventKind } from "./event-types";
import { EVENTS_PER_PAGE, publicEventColumns } from "./events.server";

// The public lists of events: the events page with its filters, the home page's next events and a
// pillar's (or working group's) events. Each query is built once (prepared.server, issue 19).

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
  return keptUntilAnEventEnds(`event-list:${JSON.stringify(filter)}`, now, () => listAnew(filter, now));
}

/**
 * What `compute` returns for every visitor and language until the next write, or until an event
 * ends: it then moves from the coming events to the past ones, and every list after it shifts
 * (memoUntilWrite, decision 016).
 */
function keptUntilAnEventEnds<T>(key: string, now: number, compute: () => T): T {
  return memoUntilWrite(
    key,
    () => ({ since: now, until: nextEventEnd().get({ now })?.at ?? Infinity, value: compute() }),
    (kept) => now >= kept.since && now < kept.until,
  ).value;
}
// The first moment a published (or cancelled) event ends from now on.
const nextEventEnd = prepared((d) =>
  d
    .select({ at: sql<number>`min(${events.endsAt})` })
    .from(events)
    .where(and(inArray(events.status, ["published", "cancelled"]), gte(events.endsAt, sql.placeholder("now"))))
    .prepare(),
);

function listAnew(filter: EventFilter, now: number) {
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
  return keptUntilAnEventEnds(`upcoming-events:${limit}`, now, () =>
    withPillars(eventListQueriesFor({ when: "upcoming" })().page.all({ now, kind: undefined, format: undefined, pillar: undefined, limit, offset: 0 })),
  );
}

/** A pillar's events, those not yet ended first, by start: on every pillar's and working group's page. */
export function eventsForPillar(pillarId: number, limit: number, now = Date.now()) {
  // The order moves only when an event ends (sorting all of a pillar's events was a tenth of a working group's page).
  return keptUntilAnEventEnds(`pillar-events:${pillarId}:${limit}`, now, () => eventsForPillarQuery().all({ pillarId, limit, now }));
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
