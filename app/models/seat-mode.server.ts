import { eq } from "drizzle-orm";
import { events, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";

/**
 * How a registrant takes part: in the room, or online. The check-in code, the visa support letter and
 * the join link follow from it. Until an event has participation types of its own, its format decides
 * (a hybrid event's registrants are counted in person).
 */
export type SeatMode = "in-person" | "online";

function modeOfFormat(format: "virtual" | "in-person" | "hybrid"): SeatMode {
  return format === "virtual" ? "online" : "in-person";
}

export function seatModeOf(registrationId: number): SeatMode | undefined {
  const row = db()
    .select({ format: events.format })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId))
    .get();
  return row ? modeOfFormat(row.format) : undefined;
}

/** The registrations of an event that hold (or wait for) a seat in the room: one query for a whole list. */
export function inPersonRegistrationIds(eventId: number): Set<number> {
  const rows = db()
    .select({ id: registrations.id, format: events.format })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.eventId, eventId))
    .all();
  return new Set(rows.filter((r) => modeOfFormat(r.format) === "in-person").map((r) => r.id));
}
