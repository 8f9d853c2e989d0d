/** Registration vocabularies shared by the schema, the server and the browser. */
export const organisationTypes = ["member-state", "sector-member", "associate", "academia", "un-igo", "private-sector", "civil-society", "other"] as const;
export const genders = ["female", "male", "other", "undisclosed"] as const;
/**
 * "held": a seat kept for a registrant whose address is not yet proven, until `holdExpiresAt`;
 * "unverified": not yet proven, holding nothing (no seat limit, or approval first); "expired": the
 * hold lapsed unproven and the seat went to the waiting list.
 */
export const registrationStatuses = ["confirmed", "waiting", "pending", "rejected", "cancelled", "held", "unverified", "expired"] as const;

/**
 * Whom the secretariat can write to about an event: one status, those marked as attended, or
 * everyone still registered (confirmed, waiting or awaiting approval).
 */
export const messageAudiences = ["confirmed", "waiting", "pending", "attended", "active"] as const;
export type MessageAudience = (typeof messageAudiences)[number];

/** Where a participation type's people take part: in the room, or online (they alone get the join link). */
export const participationModes = ["in-person", "online"] as const;
export type ParticipationMode = (typeof participationModes)[number];
