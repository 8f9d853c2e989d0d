import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant, translated, list, publication, type Translated } from "./columns";

export const pillars = sqliteTable(
  "pillars",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    number: integer("number").notNull(),
    title: translated("title").notNull(),
    description: translated("description").notNull(),
  },
  // Lists ordered by pillar (the pledge directory) walk the pillars in order, then each one's pledges.
  (t) => [index("pillars_number_idx").on(t.number)],
);

export const circulars = sqliteTable(
  "circulars",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    reference: text("reference").notNull(),
    office: text("office", { enum: ["GS", "TSB", "BDT", "BR"] }).notNull(),
    /** The letter's date as written on it (a calendar date, not an instant). */
    issuedOn: text("issued_on").notNull(),
    place: translated("place").notNull(),
    addressees: translated("addressees").notNull(),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    /** The letters give a fax number; the portal shows contacts as the letters give them. */
    contactFax: text("contact_fax"),
    subject: translated("subject").notNull(),
    body: translated("body").notNull(),
    originalLang: text("original_lang").notNull(),
    annexes: text("annexes", { mode: "json" })
      .$type<{ title: Translated; declarationSlug?: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    status: publication("status"),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("circulars_issued_idx").on(t.status, t.issuedOn)],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    kind: text("kind", { enum: ["workshop", "webinar", "roundtable", "side-event", "meeting"] }).notNull(),
    title: translated("title").notNull(),
    summary: translated("summary").notNull(),
    description: translated("description").notNull(),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    /** IANA zone the event is held in, e.g. Europe/Zurich: times show in it and in the visitor's. */
    timeZone: text("time_zone").notNull(),
    /**
     * The sources give a day, not a time (CL-24/63 dates the COP29 roundtable, 16 November 2024,
     * and no more): pages, emails and calendars then show the date alone, and no hour is invented.
     * startsAt/endsAt then span that whole day in the event's zone.
     */
    dateOnly: integer("date_only", { mode: "boolean" }).notNull().default(false),
    format: text("format", { enum: ["virtual", "in-person", "hybrid"] }).notNull(),
    venue: translated("venue").notNull(),
    organisers: list("organisers").notNull(),
    audience: translated("audience").notNull(),
    fee: translated("fee").notNull(),
    registrationOpensAt: instant("registration_opens_at"),
    registrationClosesAt: instant("registration_closes_at"),
    /** Seats; null means no limit. */
    capacity: integer("capacity"),
    requiresApproval: integer("requires_approval", { mode: "boolean" }).notNull().default(false),
    /** Delegates of a government wait for their Member State's focal point (the secretariat's, when it has none). */
    delegatesNeedFocalPoint: integer("delegates_need_focal_point", { mode: "boolean" }).notNull().default(false),
    /** Private: only in confirmed registrants' emails and manage page. */
    joinUrl: text("join_url"),
    externalRegistration: text("external_registration"),
    status: text("status", { enum: ["draft", "published", "cancelled"] })
      .notNull()
      .default("draft"),
    circularId: integer("circular_id").references(() => circulars.id, { onDelete: "set null" }),
    isExample: integer("is_example", { mode: "boolean" }).notNull().default(false),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    index("events_status_start_idx").on(t.status, t.startsAt),
    index("events_circular_idx").on(t.circularId),
    // The public list walks events by start and keeps those listed and not yet ended (or ended) from
    // the index alone: with the status first, "published or cancelled" cost a sort of every event.
    index("events_start_status_end_idx").on(t.startsAt, t.status, t.endsAt),
  ],
);

export const eventPillars = sqliteTable(
  "event_pillars",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    pillarId: integer("pillar_id")
      .notNull()
      .references(() => pillars.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("event_pillars_pk").on(t.eventId, t.pillarId), index("event_pillars_pillar_idx").on(t.pillarId)],
);

export const declarations = sqliteTable("declarations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: translated("title").notNull(),
  summary: translated("summary").notNull(),
  body: translated("body").notNull(),
  cop: text("cop").notNull(),
  copPlace: translated("cop_place").notNull(),
  endorsementOpensAt: instant("endorsement_opens_at"),
  endorsementClosesAt: instant("endorsement_closes_at"),
  circularId: integer("circular_id").references(() => circulars.id, { onDelete: "set null" }),
  status: publication("status"),
  createdAt: instant("created_at").notNull(),
  updatedAt: instant("updated_at").notNull(),
});

export const workingGroups = sqliteTable(
  "working_groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    pillarId: integer("pillar_id")
      .notNull()
      .references(() => pillars.id),
    name: translated("name").notNull(),
    mandate: translated("mandate").notNull(),
    leadOrganisations: list("lead_organisations").notNull(),
    members: list("members").notNull(),
    status: text("status", { enum: ["forming", "active", "concluded"] })
      .notNull()
      .default("active"),
    published: integer("published", { mode: "boolean" }).notNull().default(true),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("working_groups_pillar_idx").on(t.pillarId)],
);
