import type { EventInput } from "~/models/event-editing.server";

const HOUR = 3_600_000;

/** What the event editor posts for a published virtual webinar three days ahead; tests change what they need. */
export function eventInput(over: Partial<EventInput> = {}, now = Date.now()): EventInput {
  return {
    slug: "edited-event",
    kind: "webinar",
    format: "virtual",
    status: "published",
    title: { en: "Edited", fr: "Modifié" },
    summary: { en: "S" },
    description: {},
    venue: { en: "Online" },
    audience: {},
    fee: {},
    organisers: ["ITU"],
    startsAt: now + 72 * HOUR,
    endsAt: now + 73 * HOUR,
    timeZone: "Europe/Zurich",
    registrationOpensAt: now - HOUR,
    registrationClosesAt: null,
    capacity: 1,
    requiresApproval: false,
    joinUrl: "https://meet.example.org/a",
    externalRegistration: null,
    circularId: null,
    pillarIds: [],
    ...over,
  };
}
