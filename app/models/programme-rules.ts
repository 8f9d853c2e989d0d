/**
 * The programme's rules, without the database: which interpretation languages a session may
 * offer, and whether a session's times fit its event.
 */
export const INTERPRETATION_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es", "ils"] as const;
export type InterpretationLanguage = (typeof INTERPRETATION_LANGUAGES)[number];

/** Only known codes, each once, in the fixed order (the six UN languages, then International Sign). */
export function interpretationFrom(values: readonly string[]): InterpretationLanguage[] {
  const picked = new Set(values);
  return INTERPRETATION_LANGUAGES.filter((l) => picked.has(l));
}

export type SessionTimeProblem = "end-before-start" | "outside-event" | null;

/**
 * A session ends after it starts and lies within its event. An event the sources date by the day
 * only spans that whole day already (see db/schema/content.ts), so the same test holds.
 */
export function sessionTimeProblem(session: { startsAt: number; endsAt: number }, event: { startsAt: number; endsAt: number }): SessionTimeProblem {
  if (session.endsAt <= session.startsAt) return "end-before-start";
  if (session.startsAt < event.startsAt || session.endsAt > event.endsAt) return "outside-event";
  return null;
}

/** Sessions in the order of their start; at the same start, in the order staff added them. */
export function programmeOrder<T extends { startsAt: number; id: number }>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => a.startsAt - b.startsAt || a.id - b.id);
}

/** A link material: http or https only (no javascript:, data: or file: addresses on a public page). */
export function isMaterialUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !!url.hostname;
  } catch {
    return false;
  }
}
