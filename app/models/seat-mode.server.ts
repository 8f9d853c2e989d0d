import { and, eq, isNull, or } from "drizzle-orm";
import { events, participationTypes, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";

/**
 * How a registrant takes part: in the room, or online. The check-in code, the visa support letter and
 * the join link follow from it. The participation type's mode decides (decision 013); a registration
 * from before types follows its event's format (a hybrid event's counted in person).
 */
export type SeatMode = "in-person" | "online";

function modeOf(row: { mode: SeatMode | null; format: "virtual" | "in-person" | "hybrid" }): SeatMode {
  return row.mode ?? (row.format === "virtual" ? "online" : "in-person");
}

export function seatModeOf(registrationId: number): SeatMode | undefined {
  const row = db()
    .select({ mode: participationTypes.mode, format: events.format })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(participationTypes, eq(participationTypes.id, registrations.participationTypeId))
    .where(eq(registrations.id, registrationId))
    .get();
  return row ? modeOf(row) : undefined;
}

/** The registrations of an event that hold (or wait for) a seat in the room: one query for a whole list. */
export function inPersonRegistrationIds(eventId: number): Set<number> {
  const rows = db()
    .select({ id: registrations.id, mode: participationTypes.mode, format: events.format })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(participationTypes, eq(participationTypes.id, registrations.participationTypeId))
    .where(and(eq(registrations.eventId, eventId), or(eq(participationTypes.mode, "in-person"), isNull(participationTypes.id))))
    .all();
  return new Set(rows.filter((r) => modeOf(r) === "in-person").map((r) => r.id));
}
