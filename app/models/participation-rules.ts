import type { RegistrationState } from "./events.server";

/** What the seat rules need to know of a participation type. */
export type TypeRules = {
  capacity: number | null;
  requiresApproval: boolean;
  opensAt: number | null;
  closesAt: number | null;
  invitationOnly: boolean;
};

/**
 * The status a new registration starts in, before its address is proven: a free seat of its type is
 * held, or it waits in its type's line; with no seat limit or approval first it holds nothing yet.
 */
export function statusOnRegistering(type: TypeRules, seated: number, heldForFocalPoint: boolean, waitingAhead = false): "unverified" | "held" | "waiting" {
  if (type.requiresApproval || heldForFocalPoint || type.capacity === null) return "unverified";
  // A free seat with people already in line is theirs (the next is promoted): a newcomer joins the line.
  return seated < type.capacity && !waitingAhead ? "held" : "waiting";
}

/**
 * Once the address is proven, one who held nothing is seated if their type has a free seat and nobody
 * waits in its line; otherwise they join that line (or, with approval, wait for the secretariat).
 */
export function statusOnProof(
  type: TypeRules,
  o: { seated: number; someoneWaiting: boolean; heldForFocalPoint: boolean },
): "pending" | "confirmed" | "waiting" {
  if (type.requiresApproval || o.heldForFocalPoint) return "pending";
  return type.capacity === null || (!o.someoneWaiting && o.seated < type.capacity) ? "confirmed" : "waiting";
}

/** Seats of a type still free (confirmed and held ones are taken). */
export const freeSeats = (type: Pick<TypeRules, "capacity">, seated: number) =>
  type.capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, type.capacity - seated);

export type TypeAvailability = "open" | "waiting-list" | "not-yet" | "closed";

/** Whether a type takes registrations now, within the event's own window (checked by the caller). */
export function typeAvailability(type: TypeRules, seated: number, now: number): TypeAvailability {
  if (type.opensAt !== null && now < type.opensAt) return "not-yet";
  if (type.closesAt !== null && now >= type.closesAt) return "closed";
  return type.capacity !== null && seated >= type.capacity ? "waiting-list" : "open";
}

/**
 * The event's registration state from its types: the event's window decides first (`base`, computed
 * without a seat limit); then what the public types allow (invitation-only types are not offered).
 */
export function stateWithTypes(base: RegistrationState, types: (TypeRules & { seated: number })[], now: number): RegistrationState {
  if (base.kind !== "open") return base;
  const offered = types.filter((t) => !t.invitationOnly).map((t) => ({ ...t, availability: typeAvailability(t, t.seated, now) }));
  const open = offered.filter((t) => t.availability === "open");
  if (open.length) {
    const seatsLeft = open.every((t) => t.capacity !== null) ? open.reduce((sum, t) => sum + (t.capacity! - t.seated), 0) : null;
    return { ...base, seatsLeft };
  }
  if (offered.some((t) => t.availability === "waiting-list")) return { kind: "waiting-list" };
  const later = offered.filter((t) => t.availability === "not-yet").map((t) => t.opensAt!);
  return later.length ? { kind: "opens", at: Math.min(...later) } : { kind: "closed" };
}
