/**
 * Rules of the Member State pages that need no database: what a count may say in public, how an
 * endorsement was verified, what colour a state takes on the map, and who decides when a
 * government's delegate or endorsement waits for a decision.
 */

/** Below this, a count of people could point at a person: it shows as "fewer than 5". */
export const SMALL_COUNT = 5;

export type PublicCount = { kind: "count"; n: number } | { kind: "fewer-than"; n: typeof SMALL_COUNT };

export function publicCount(n: number): PublicCount {
  return n < SMALL_COUNT ? { kind: "fewer-than", n: SMALL_COUNT } : { kind: "count", n };
}

/** How the portal knows the government endorsed: its official letter (or note verbale), its focal point, or the secretariat. */
export const verificationMethods = ["letter", "focal-point", "secretariat"] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

export function verificationOf(e: { letterFile: string | null; confirmedByFocalPoint: boolean }): VerificationMethod {
  if (e.confirmedByFocalPoint) return "focal-point";
  if (e.letterFile) return "letter";
  return "secretariat";
}

export const mapStatuses = ["endorsed", "not-recorded"] as const;
export type MapStatus = (typeof mapStatuses)[number];

/** Only an approved endorsement colours a state: a submission waiting for review says nothing yet. */
export function mapStatusOf(endorsementStatuses: readonly string[]): MapStatus {
  return endorsementStatuses.includes("approved") ? "endorsed" : "not-recorded";
}

/**
 * Who decides on a government delegate or on an endorsement made in a government's name: the
 * country's focal point when it has one, the secretariat otherwise (as before focal points existed).
 */
export function decidedBy(activeFocalPoints: number): "focal-point" | "secretariat" {
  return activeFocalPoints > 0 ? "focal-point" : "secretariat";
}

/** The ISO code as it appears in addresses (/es/member-states/br), or null when it is no Member State. */
export function memberStateCode(param: string | undefined, isMember: (code: string) => boolean): string | null {
  if (!param || !/^[a-z]{2}$/.test(param)) return null;
  const code = param.toUpperCase();
  return isMember(code) ? code : null;
}
