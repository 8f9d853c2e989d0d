import type { Translated } from "../schema";

/**
 * Long texts (bodies, descriptions, mandates) use a small plain-text format the site renders safely:
 * paragraphs separated by a blank line; a line starting with "## " is a heading; consecutive lines
 * starting with "- " form a bulleted list. No HTML, no Markdown emphasis or links.
 */
export type LongText = Translated;

export type SeedPillar = { slug: string; number: number; title: Translated; description: LongText };

export type SeedCircular = {
  slug: string;
  reference: string;
  office: "GS" | "TSB" | "BDT" | "BR";
  issuedOn: string; // YYYY-MM-DD
  place: Translated;
  addressees: Translated;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactFax: string | null;
  subject: Translated;
  body: LongText;
  originalLang: "ar" | "zh" | "en" | "fr" | "ru" | "es";
  annexes: { title: Translated; declarationSlug?: string }[];
};

/** A session of the programme. Speakers and rooms only where a source names them (none does yet). */
export type SeedSession = { startsAt: string; endsAt: string; title: Translated; room?: Translated; interpretation?: string[] };

export type SeedEvent = {
  slug: string;
  kind: "workshop" | "webinar" | "roundtable" | "side-event" | "meeting";
  title: Translated;
  summary: Translated;
  description: LongText;
  startsAt: string; // ISO 8601 instant in UTC, e.g. 2023-07-11T13:00:00Z
  endsAt: string;
  timeZone: string; // IANA, e.g. Europe/Zurich
  /** The source gives the day only; startsAt/endsAt span it in timeZone. */
  dateOnly?: boolean;
  format: "virtual" | "in-person" | "hybrid";
  venue: Translated;
  organisers: string[];
  audience: Translated;
  fee: Translated;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  capacity: number | null;
  requiresApproval?: boolean;
  joinUrl?: string | null;
  externalRegistration?: string | null;
  circularSlug: string | null;
  pillarSlugs: string[];
  sessions: SeedSession[];
};

export type SeedDeclaration = {
  slug: string;
  title: Translated;
  summary: Translated;
  body: LongText;
  cop: string;
  copPlace: Translated;
  endorsementOpensAt: string | null;
  endorsementClosesAt: string | null;
  circularSlug: string | null;
};

export type SeedWorkingGroup = {
  slug: string;
  pillarSlug: string;
  name: Translated;
  mandate: LongText;
  leadOrganisations: string[];
  members: string[];
  status: "forming" | "active" | "concluded";
};
