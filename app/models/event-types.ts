/** Event vocabularies shared by server and browser code (a .server module never reaches the browser). */
export const eventKinds = ["workshop", "webinar", "roundtable", "side-event", "meeting"] as const;
export const eventFormats = ["virtual", "in-person", "hybrid"] as const;
export type EventKind = (typeof eventKinds)[number];
export type EventFormat = (typeof eventFormats)[number];
