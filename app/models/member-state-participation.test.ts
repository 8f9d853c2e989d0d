import { beforeAll, describe, expect, it } from "vitest";
import { registrations } from "../../db/schema";
import { db, sqlite } from "~/utils/db.server";
import { DAY, insertEvent, registrant } from "~/test-support/fixtures";
import { SMALL_COUNT } from "./member-states";
import { memberStateParticipation, memberStateProfile } from "./member-states.server";
import { registerForEvent } from "./registrations.server";

const NOW = Date.UTC(2026, 5, 1);
let seq = 0;
function registered(eventId: number, country: string, status: "confirmed" | "waiting" | "cancelled") {
  const n = ++seq;
  const { firstName, lastName, organisation, organisationType, jobTitle } = registrant();
  db()
    .insert(registrations)
    .values({
      eventId,
      tokenHash: `t${n}`,
      status,
      firstName,
      lastName,
      email: `p${n}@example.org`,
      emailKey: `p${n}@example.org`,
      organisation,
      organisationType,
      country,
      jobTitle,
      lang: "en",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .run();
}

let early: { slug: string; id: number };
let late: { slug: string; id: number };
beforeAll(() => {
  early = insertEvent({ startsAt: NOW - 10 * DAY, endsAt: NOW - 10 * DAY + 1 }, NOW);
  late = insertEvent({ startsAt: NOW - 2 * DAY, endsAt: NOW - 2 * DAY + 1 }, NOW);
  const draft = insertEvent({ status: "draft", startsAt: NOW - DAY, endsAt: NOW - DAY + 1 }, NOW);
  for (let i = 0; i < SMALL_COUNT + 1; i++) registered(early.id, "KE", "confirmed");
  registered(early.id, "KE", "waiting");
  registered(early.id, "UG", "confirmed");
  registered(late.id, "KE", "confirmed");
  registered(late.id, "KE", "cancelled");
  registered(draft.id, "KE", "confirmed");
});

describe("a Member State's participation in events", () => {
  it("counts its confirmed people per published event, latest event first", () => {
    const counted = memberStateParticipation("KE").map((p) => [p.slug, p.people]);
    expect(counted.map(([slug]) => slug)).toEqual([late.slug, early.slug]);
    // The waiting, the cancelled and another country's people are not counted; a small number is not given.
    expect(counted[1]![1]).toEqual({ kind: "count", n: SMALL_COUNT + 1 });
    expect(counted[0]![1]).toEqual({ kind: "fewer-than", n: SMALL_COUNT });
  });

  it("is counted again after a registration, while the rest of the page's profile is kept through it", () => {
    const event = insertEvent({ title: { en: "Kept profile webinar" } });
    const profile = memberStateProfile("KE");
    const before = memberStateParticipation("KE");
    expect(registerForEvent({ eventId: event.id, email: "new@ke.example", lang: "en", details: registrant({ country: "KE" }) }).outcome).toBe("registered");
    expect(memberStateProfile("KE")).toBe(profile);
    expect(memberStateParticipation("KE")).not.toBe(before);
  });

  it("finds that country's registrations through its index, not by reading every registration", () => {
    const plan = sqlite()
      .prepare("EXPLAIN QUERY PLAN SELECT event_id, count(*) FROM registrations WHERE country = ? AND status = 'confirmed' GROUP BY event_id")
      .all("KE") as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" | ")).toContain("registrations_country_status_idx");
  });
});
