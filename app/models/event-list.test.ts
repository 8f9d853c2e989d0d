import { beforeAll, describe, expect, it } from "vitest";
import { eventPillars, pillars } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { db, sqlite } from "~/utils/db.server";
import { DAY, insertEvent } from "~/test-support/fixtures";
import { eventsForPillar, listPublishedEvents, upcomingEvents } from "./event-list.server";
import { EVENTS_PER_PAGE } from "./events.server";

// A clock far ahead of the seeded events: the upcoming ones are only those made here.
const NOW = Date.UTC(2090, 0, 1);
const slugs: Record<string, string> = {};

beforeAll(() => {
  seedContent({ examples: false });
  const [first, second] = db().select().from(pillars).orderBy(pillars.number).all();
  const make = (key: string, overrides: Parameters<typeof insertEvent>[0], pillarIds: number[]) => {
    const event = insertEvent(overrides, NOW);
    slugs[key] = event.slug;
    for (const pillarId of pillarIds) db().insert(eventPillars).values({ eventId: event.id, pillarId }).run();
  };
  make("webinar", { kind: "webinar", format: "virtual", startsAt: NOW + 3 * DAY, endsAt: NOW + 3 * DAY + 1 }, [second!.id, first!.id]);
  make("workshop", { kind: "workshop", format: "in-person", startsAt: NOW + 2 * DAY, endsAt: NOW + 2 * DAY + 1 }, [first!.id]);
  make("cancelled", { kind: "workshop", format: "hybrid", status: "cancelled", startsAt: NOW + 4 * DAY, endsAt: NOW + 4 * DAY + 1 }, []);
  make("draft", { kind: "webinar", status: "draft", startsAt: NOW + DAY, endsAt: NOW + DAY + 1 }, [first!.id]);
  make("past", { kind: "roundtable", startsAt: NOW - 2 * DAY, endsAt: NOW - 2 * DAY + 1 }, [second!.id]);
  for (let i = 0; i < EVENTS_PER_PAGE; i++) make(`many${i}`, { kind: "roundtable", startsAt: NOW + (10 + i) * DAY, endsAt: NOW + (10 + i) * DAY + 1 }, []);
});

const list = (filter: Partial<Parameters<typeof listPublishedEvents>[0]>) => listPublishedEvents({ when: "upcoming", page: 1, ...filter }, NOW);
const slugsOf = (r: ReturnType<typeof listPublishedEvents>) => r.items.map((e) => e.slug);

describe("the public list of events", () => {
  it("lists published and cancelled events to come, soonest first, never drafts, a page at a time", () => {
    const first = list({});
    expect(first.total).toBe(3 + EVENTS_PER_PAGE);
    expect(first.pages).toBe(2);
    expect(slugsOf(first).slice(0, 3)).toEqual([slugs.workshop, slugs.webinar, slugs.cancelled]);
    expect(slugsOf(first)).not.toContain(slugs.draft);
    expect(slugsOf(list({ page: 2 }))).toEqual([slugs.many9, slugs.many10, slugs.many11]);
  });

  it("gives the home page the next events, with their pillars, as the list begins", () => {
    const next = upcomingEvents(3, NOW);
    expect(next.map((e) => e.slug)).toEqual([slugs.workshop, slugs.webinar, slugs.cancelled]);
    expect(next[1]!.pillars).toHaveLength(2);
  });

  it("gives a pillar's page its published events, those to come first and soonest first, then those ended", () => {
    const [first, second] = db().select().from(pillars).orderBy(pillars.number).all();
    expect(eventsForPillar(first!.id, 2, NOW).map((e) => e.slug)).toEqual([slugs.workshop, slugs.webinar]);
    const ofSecond = eventsForPillar(second!.id, 50, NOW).map((e) => e.slug);
    expect(ofSecond[0]).toBe(slugs.webinar);
    expect(ofSecond).toContain(slugs.past);
    expect(eventsForPillar(first!.id, 50, NOW).map((e) => e.slug)).not.toContain(slugs.draft);
    // Kept until an event ends: once the workshop has, the webinar still to come leads.
    expect(eventsForPillar(first!.id, 2, NOW)).toBe(eventsForPillar(first!.id, 2, NOW));
    expect(eventsForPillar(first!.id, 2, NOW + 2 * DAY + 2)[0]!.slug).toBe(slugs.webinar);
  });

  it("keeps a page, and the home page's next events, for every visitor until an event ends, then moves that event to the past ones", () => {
    expect(list({})).toBe(list({}));
    const justAfterWorkshop = NOW + 2 * DAY + 2;
    const later = listPublishedEvents({ when: "upcoming", page: 1 }, justAfterWorkshop);
    expect(slugsOf(later)[0]).toBe(slugs.webinar);
    expect(slugsOf(listPublishedEvents({ when: "past", page: 1 }, justAfterWorkshop))).toContain(slugs.workshop);
    expect(upcomingEvents(3, NOW)[0]!.slug).toBe(slugs.workshop);
    expect(upcomingEvents(3, justAfterWorkshop).map((e) => e.slug)).toEqual([slugs.webinar, slugs.cancelled, slugs.many0]);
    expect(slugsOf(list({}))[0]).toBe(slugs.workshop);
  });

  it("lists past events latest first", () => {
    expect(slugsOf(list({ when: "past" }))).toContain(slugs.past);
    expect(slugsOf(list({ when: "past" }))).not.toContain(slugs.webinar);
  });

  it("filters by kind, format and pillar, together", () => {
    const [first, second] = db().select().from(pillars).orderBy(pillars.number).all();
    expect(slugsOf(list({ kind: "workshop" }))).toEqual([slugs.workshop, slugs.cancelled]);
    expect(slugsOf(list({ format: "virtual", kind: "webinar" }))).toEqual([slugs.webinar]);
    expect(slugsOf(list({ pillar: first!.slug }))).toEqual([slugs.workshop, slugs.webinar]);
    expect(slugsOf(list({ pillar: second!.slug, kind: "webinar" }))).toEqual([slugs.webinar]);
    expect(list({ pillar: "no-such-pillar" })).toMatchObject({ items: [], total: 0, pages: 1 });
  });

  it("gives each event its pillars in their order", () => {
    const [first, second] = db().select().from(pillars).orderBy(pillars.number).all();
    const webinar = list({}).items.find((e) => e.slug === slugs.webinar)!;
    expect(webinar.pillars).toEqual([
      { slug: first!.slug, number: first!.number },
      { slug: second!.slug, number: second!.number },
    ]);
  });
});

describe("the home page's next events, kept between writes", () => {
  it("are read again once one of them has ended, and after a write", () => {
    const next = (now: number) => upcomingEvents(3, now).map((e) => e.slug);
    expect(next(NOW)).toEqual([slugs.workshop, slugs.webinar, slugs.cancelled]);
    // No write since: the workshop ends, and the next event takes its place.
    expect(next(NOW + 2 * DAY + 2)).toEqual([slugs.webinar, slugs.cancelled, slugs.many0]);
    // A clock behind the kept list reads afresh too (the workshop had not yet ended then).
    expect(next(NOW)).toEqual([slugs.workshop, slugs.webinar, slugs.cancelled]);
    const sooner = insertEvent({ kind: "webinar", startsAt: NOW + DAY / 2, endsAt: NOW + DAY }, NOW);
    expect(next(NOW)).toEqual([sooner.slug, slugs.workshop, slugs.webinar]);
  });
});

describe("the event list's queries on a database of many events", () => {
  it("walk events by their start in an index, neither sorting every event nor reading past ones from the table", () => {
    sqlite().exec("ANALYZE");
    for (const [ended, order] of [
      [">=", "ASC"],
      ["<", "DESC"],
    ]) {
      const plan = sqlite()
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id, title FROM events WHERE status IN ('published', 'cancelled') AND ends_at ${ended} ? ORDER BY starts_at ${order} LIMIT 12 OFFSET 24`,
        )
        .all(NOW) as { detail: string }[];
      const details = plan.map((p) => p.detail).join(" | ");
      expect(details).toContain("events_start_status_end_idx");
      expect(details).not.toContain("TEMP B-TREE");
    }
  });
});
