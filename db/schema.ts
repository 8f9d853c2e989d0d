import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { languageTable } from "../locales/languages.js";
import { pledgeKinds, pledgeStatuses } from "../app/models/pledge-types";
import {
  assuranceLevels,
  boundaries,
  disclosureSources,
  disclosureStatuses,
  methodologies,
  type CategoryValue,
  type IctSubSector,
} from "../app/models/disclosure-types";
import { endorserCategories } from "../app/models/endorsement-types";
import { membershipRoles, membershipStatuses, milestoneStatuses } from "../app/models/working-group-types";
import { genders, messageAudiences, organisationTypes, registrationStatuses } from "../app/models/registration-types";

export { genders, organisationTypes } from "../app/models/registration-types";

/** Instants are stored as milliseconds since the epoch, UTC. */
const instant = (name: string) => integer(name, { mode: "number" });
const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

// ---------------------------------------------------------------- secretariat

export const staffUsers = sqliteTable(
  "staff_users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["admin", "editor", "reviewer"] }).notNull(),
    passwordHash: text("password_hash").notNull(),
    preferredLang: text("preferred_lang").notNull().default("en"),
    disabledAt: instant("disabled_at"),
    createdAt: instant("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("staff_users_email_uq").on(t.email)],
);

export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    /** sha256 of the cookie's token: a leaked database does not leak live sessions. */
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("staff_sessions_user_idx").on(t.userId)],
);

/**
 * A single-use link to choose a password: sent when an administrator invites a colleague, or when
 * a staff member has forgotten theirs. Only the token's sha256 is kept.
 */
export const staffPasswordLinks = sqliteTable(
  "staff_password_links",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["invite", "reset"] }).notNull(),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
  },
  (t) => [index("staff_password_links_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------- email outbox

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable Message-ID: a retried or re-written message is recognisably the same one. */
    messageId: text("message_id").notNull(),
    template: text("template").notNull(),
    lang: text("lang").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    /** JSON array of { filename, contentType, content } with text content. */
    attachments: text("attachments").notNull().default("[]"),
    status: text("status", { enum: ["queued", "sending", "sent", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    lockedUntil: instant("locked_until"),
    lastError: text("last_error"),
    createdAt: instant("created_at").notNull(),
    sentAt: instant("sent_at"),
  },
  (t) => [uniqueIndex("outbox_message_id_uq").on(t.messageId), index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

/**
 * One row each time a public form is asked to email an address, known to the portal or not: the
 * write happens either way, so the page cache (dropped on any write) cannot tell which addresses
 * exist; the cap of `MAX_EMAILS_PER_ADDRESS_PER_HOUR` counts those that were emailed. Rows older
 * than an hour go.
 */
export const emailRequests = sqliteTable(
  "email_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The mailbox, folded (case, dots and +tags of Gmail) so aliases share one count. */
    mailbox: text("mailbox").notNull(),
    emailed: integer("emailed", { mode: "boolean" }).notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("email_requests_mailbox_idx").on(t.mailbox, t.emailed, t.createdAt)],
);

// ---------------------------------------------------------------- audit trail

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** A partner's person who made the change (a working group's co-lead), when not the secretariat. */
    partnerUserId: integer("partner_user_id").references((): AnySQLiteColumn => partnerUsers.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    detail: text("detail").notNull().default("{}"),
    at: instant("at").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

// ---------------------------------------------------------------- public content

/** One value per language, e.g. { en: "…", ru: "…" }; missing languages fall back at render. */
export type Translated = Partial<Record<(typeof languageTable)[number]["code"], string>>;
const translated = (name: string) => text(name, { mode: "json" }).$type<Translated>();
const list = (name: string) => text(name, { mode: "json" }).$type<string[]>();
const publication = (name: string) =>
  text(name, { enum: ["draft", "published"] })
    .notNull()
    .default("draft");

export const pillars = sqliteTable("pillars", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  number: integer("number").notNull(),
  title: translated("title").notNull(),
  description: translated("description").notNull(),
});

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
  (t) => [index("events_status_start_idx").on(t.status, t.startsAt), index("events_circular_idx").on(t.circularId)],
);

export const eventSessions = sqliteTable(
  "event_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    title: translated("title").notNull(),
    speakers: text("speakers").notNull().default(""),
  },
  (t) => [index("event_sessions_event_idx").on(t.eventId, t.position)],
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

// ---------------------------------------------------------------- endorsements of declarations

export const endorsements = sqliteTable(
  "endorsements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    declarationId: integer("declaration_id")
      .notNull()
      .references(() => declarations.id),
    category: text("category", { enum: endorserCategories }).notNull(),
    organisation: text("organisation").notNull(),
    /** Lower-cased, accents and punctuation folded: how likely duplicates are found. */
    organisationKey: text("organisation_key").notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text("country").notNull(),
    /** Public name as the secretariat edits it; the organisation's own name until then. */
    displayName: text("display_name"),
    statement: text("statement"),
    representativeName: text("representative_name").notNull(),
    representativeTitle: text("representative_title").notNull(),
    email: text("email").notNull(),
    lang: text("lang").notNull(),
    /** Stored outside public/, under a name the server made; served to staff only. */
    letterFile: text("letter_file"),
    letterName: text("letter_name"),
    letterSize: integer("letter_size"),
    status: text("status", { enum: ["unverified", "pending", "approved", "rejected", "withdrawn"] })
      .notNull()
      .default("unverified"),
    /** sha256 of the single-use verification token; cleared once used. */
    verifyTokenHash: text("verify_token_hash"),
    verifyExpiresAt: instant("verify_expires_at"),
    verifiedAt: instant("verified_at"),
    /** sha256 of the withdraw link's token (derived from the portal's secret, never stored). */
    manageTokenHash: text("manage_token").notNull(),
    rejectionReason: text("rejection_reason"),
    reviewedBy: integer("reviewed_by").references(() => staffUsers.id, { onDelete: "set null" }),
    reviewedAt: instant("reviewed_at"),
    createdAt: instant("created_at").notNull(),
    approvedAt: instant("approved_at"),
    withdrawnAt: instant("withdrawn_at"),
  },
  (t) => [
    index("endorsements_declaration_status_idx").on(t.declarationId, t.status),
    uniqueIndex("endorsements_verify_uq").on(t.verifyTokenHash),
    uniqueIndex("endorsements_manage_uq").on(t.manageTokenHash),
    index("endorsements_duplicate_idx").on(t.declarationId, t.category, t.country, t.organisationKey),
    // The public list: a page in order, counts per category and the countries, without a sort or a scan.
    index("endorsements_public_list_idx").on(t.declarationId, t.status, t.category, t.approvedAt, t.id),
    index("endorsements_public_country_idx").on(t.declarationId, t.status, t.country),
  ],
);

// ---------------------------------------------------------------- event registrations

export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /**
     * sha256 of the manage link's token. The token itself is derived from the portal's secret, the
     * row and its registration time (tokens.server `linkToken`), so later emails can carry it again
     * and a copy of the database opens nothing.
     */
    tokenHash: text("token").notNull(),
    status: text("status", { enum: registrationStatuses }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    /** The address folded for duplicate checks: case, and Gmail-style dots and +tags. */
    emailKey: text("email_key").notNull(),
    organisation: text("organisation").notNull(),
    organisationType: text("organisation_type", { enum: organisationTypes }).notNull(),
    country: text("country").notNull(),
    jobTitle: text("job_title").notNull(),
    gender: text("gender", { enum: genders }),
    accessibilityNeeds: text("accessibility_needs"),
    lang: text("lang").notNull(),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    confirmedAt: instant("confirmed_at"),
    cancelledAt: instant("cancelled_at"),
    attendedAt: instant("attended_at"),
    reminderSentAt: instant("reminder_sent_at"),
    /** When the "starting in one hour" email with the join link went (online and hybrid events). */
    joinReminderSentAt: instant("join_reminder_sent_at"),
    /** False until the registrant opens the emailed link and presses its button: until then it does not count. */
    addressProven: integer("address_proven", { mode: "boolean" }).notNull().default(true),
    /** Status "held": the seat goes back to the waiting list at this time unless the address is proven. */
    holdExpiresAt: instant("hold_expires_at"),
    /** Registered as a delegate of the government of `country`; on events that ask, held as pending for its focal point. */
    governmentDelegate: integer("government_delegate", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("registrations_token_uq").on(t.tokenHash),
    index("registrations_hold_idx").on(t.status, t.holdExpiresAt),
    uniqueIndex("registrations_event_email_uq").on(t.eventId, t.emailKey),
    index("registrations_event_status_idx").on(t.eventId, t.status, t.id),
  ],
);

/**
 * A message the secretariat wrote to an event's registrants (one outbox row per recipient, in
 * the same transaction). `formKey` is the sending form's one-time key, so a form sent twice (a
 * double click, a reload) writes to nobody twice.
 */
export const eventMessages = sqliteTable(
  "event_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    formKey: text("form_key").notNull(),
    audience: text("audience", { enum: messageAudiences }).notNull(),
    subject: translated("subject").notNull(),
    body: translated("body").notNull(),
    recipientCount: integer("recipient_count").notNull(),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    sentAt: instant("sent_at").notNull(),
  },
  (t) => [uniqueIndex("event_messages_form_key_uq").on(t.formKey), index("event_messages_event_idx").on(t.eventId, t.sentAt)],
);

// ---------------------------------------------------------------- partners

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    type: text("type", { enum: organisationTypes }).notNull(),
    country: text("country").notNull(),
    website: text("website"),
    /** Asked to join (the call of circular letter CL-23/15), then accepted or declined by the secretariat. */
    /** Suspended by the secretariat: its people cannot sign in, its pledges and memberships are marked suspended. */
    status: text("status", { enum: ["requested", "accepted", "declined", "suspended"] })
      .notNull()
      .default("requested"),
    /** A new name the organisation asked for; the public keeps `name` until the secretariat accepts it. */
    proposedName: text("proposed_name"),
    suspendedAt: instant("suspended_at"),
    motivation: text("motivation"),
    lang: text("lang").notNull(),
    createdAt: instant("created_at").notNull(),
    decidedAt: instant("decided_at"),
    decidedBy: integer("decided_by").references(() => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [index("organisations_status_idx").on(t.status)],
);

export const partnerUsers = sqliteTable(
  "partner_users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    lang: text("lang").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [uniqueIndex("partner_users_email_uq").on(t.email)],
);

/** Single-use sign-in links: only the sha256 of the token is kept. */
export const partnerSignInTokens = sqliteTable("partner_sign_in_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => partnerUsers.id, { onDelete: "cascade" }),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
});

export const partnerSessions = sqliteTable(
  "partner_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => partnerUsers.id, { onDelete: "cascade" }),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("partner_sessions_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------- pledges

export const pledges = sqliteTable(
  "pledges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    pillarId: integer("pillar_id")
      .notNull()
      .references(() => pillars.id),
    kind: text("kind", { enum: pledgeKinds }).notNull(),
    /** Written by the partner, in the language named by `lang`. */
    title: text("title").notNull(),
    description: text("description").notNull(),
    lang: text("lang").notNull(),
    metric: text("metric").notNull(),
    unit: text("unit").notNull(),
    baselineYear: integer("baseline_year").notNull(),
    baselineValue: real("baseline_value").notNull(),
    targetYear: integer("target_year").notNull(),
    targetValue: real("target_value").notNull(),
    /** For emissions pledges: the GHG scopes covered, e.g. ["1","2","3"]. */
    scopes: text("scopes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    disclosesAllScopesYearly: integer("discloses_all_scopes_yearly", { mode: "boolean" }).notNull().default(false),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on"),
    status: text("status", { enum: pledgeStatuses }).notNull().default("in-review"),
    moderatorComment: text("moderator_comment"),
    /**
     * Kept from the progress reports by refreshPledgeProgress (pledge-progress.ts is the rule), so
     * lists filter and roll up progress in SQL instead of reading every report of every pledge.
     */
    progress: real("progress").notNull().default(0),
    progressStatus: text("progress_status", { enum: ["not-started", "on-track", "off-track", "achieved"] })
      .notNull()
      .default("not-started"),
    latestReportYear: integer("latest_report_year"),
    /** The calendar year in which the organisation was last reminded that a progress report is due. */
    reportRemindedYear: integer("report_reminded_year"),
    submittedBy: integer("submitted_by").references(() => partnerUsers.id, { onDelete: "set null" }),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    publishedAt: instant("published_at"),
  },
  (t) => [
    index("pledges_status_pillar_idx").on(t.status, t.pillarId),
    index("pledges_org_idx").on(t.organisationId),
    // The directory's count and its list of countries read this index alone.
    index("pledges_status_org_idx").on(t.status, t.organisationId),
  ],
);

export const progressReports = sqliteTable(
  "progress_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id, { onDelete: "cascade" }),
    /** The year the value describes; one report per pledge and year. */
    year: integer("year").notNull(),
    value: real("value").notNull(),
    /** Emissions disclosures: the yearly figure per scope, e.g. { "1": 120, "2": 340, "3": 5200 }. */
    scopeValues: text("scope_values", { mode: "json" }).$type<Record<string, number>>(),
    narrative: text("narrative").notNull(),
    evidenceUrl: text("evidence_url"),
    reportedAt: instant("reported_at").notNull(),
  },
  (t) => [uniqueIndex("progress_reports_pledge_year_uq").on(t.pledgeId, t.year)],
);

// ---------------------------------------------------------------- working groups: members, milestones, updates

/**
 * A partner organisation's place in a working group: asked to join, then accepted or declined by a
 * co-lead or the secretariat. Co-leads are members with the co-lead role.
 */
export const workingGroupMembers = sqliteTable(
  "working_group_members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: membershipRoles }).notNull().default("member"),
    status: text("status", { enum: membershipStatuses }).notNull().default("requested"),
    message: text("message"),
    /** Members get an email for each update until they unsubscribe. */
    notify: integer("notify", { mode: "boolean" }).notNull().default(true),
    /**
     * sha256 of the unsubscribe link's token; the token is derived from the portal's secret, so every
     * update email can carry it again while the database alone opens nothing.
     */
    unsubscribeTokenHash: text("unsubscribe_token").notNull(),
    requestedAt: instant("requested_at").notNull(),
    decidedAt: instant("decided_at"),
  },
  (t) => [
    uniqueIndex("working_group_members_uq").on(t.workingGroupId, t.organisationId),
    uniqueIndex("working_group_members_unsubscribe_uq").on(t.unsubscribeTokenHash),
    index("working_group_members_org_idx").on(t.organisationId),
  ],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    /** Written by a co-lead or the secretariat, in the language named by `lang`. */
    title: text("title").notNull(),
    lang: text("lang").notNull(),
    /** A calendar date, YYYY-MM-DD. */
    dueOn: text("due_on").notNull(),
    status: text("status", { enum: milestoneStatuses }).notNull().default("planned"),
    /** Optional relative weight in the group's completion; a milestone without one counts as 1. */
    weight: integer("weight"),
    evidenceUrl: text("evidence_url"),
    completedOn: text("completed_on"),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("milestones_group_idx").on(t.workingGroupId, t.dueOn)],
);

export const workingGroupUpdates = sqliteTable(
  "working_group_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    lang: text("lang").notNull(),
    /** Who posted it: a co-lead organisation, or the secretariat when null. */
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    publishedAt: instant("published_at").notNull(),
  },
  (t) => [index("working_group_updates_group_idx").on(t.workingGroupId, t.publishedAt)],
);

// ---------------------------------------------------------------- emissions disclosures (issue 16)

/**
 * An organisation's greenhouse-gas disclosure for one reporting year, in tonnes CO2e. One row is
 * the organisation's current figure for a year (status published); a restatement is a new row
 * that `restates` the one it corrects, which becomes superseded when the restatement is published
 * and stays readable, with the reason, on the public page.
 */
export const disclosures = sqliteTable(
  "disclosures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    status: text("status", { enum: disclosureStatuses }).notNull().default("in-review"),
    boundary: text("boundary", { enum: boundaries }),
    methodology: text("methodology", { enum: methodologies }),
    /** Null only for a figure recorded from a document that gives a total without scopes. */
    scope1: real("scope1"),
    scope2Location: real("scope2_location"),
    scope2Market: real("scope2_market"),
    scope3: real("scope3"),
    /** Category "1".."15" → tonnes, "not-relevant" or "not-calculated". */
    scope3Categories: text("scope3_categories", { mode: "json" })
      .$type<Record<string, CategoryValue>>()
      .notNull()
      .default(sql`'{}'`),
    /** Scope 1 + scope 2 (market-based, else location-based) + scope 3, kept so lists sum in SQL. */
    total: real("total").notNull(),
    allScopes: integer("all_scopes", { mode: "boolean" }).notNull().default(false),
    energyMwh: real("energy_mwh"),
    /** 0..1 */
    renewableShare: real("renewable_share"),
    subSectors: text("sub_sectors", { mode: "json" })
      .$type<IctSubSector[]>()
      .notNull()
      .default(sql`'[]'`),
    assurance: text("assurance", { enum: assuranceLevels }).notNull().default("none"),
    assurer: text("assurer"),
    reportUrl: text("report_url"),
    /** For figures the secretariat recorded from a published document (its note is a locale text). */
    source: text("source", { enum: disclosureSources }),
    restates: integer("restates").references((): AnySQLiteColumn => disclosures.id, { onDelete: "set null" }),
    restatementReason: text("restatement_reason"),
    moderatorComment: text("moderator_comment"),
    submittedBy: integer("submitted_by").references(() => partnerUsers.id, { onDelete: "set null" }),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    publishedAt: instant("published_at"),
    supersededAt: instant("superseded_at"),
  },
  (t) => [
    index("disclosures_org_year_idx").on(t.organisationId, t.year),
    // The directory groups published rows by organisation in this order and stops after a page.
    index("disclosures_status_org_year_idx").on(t.status, t.organisationId, t.year),
  ],
);

/** The yearly reminder to a partner that promised yearly disclosure: one row per organisation and calendar year, written with its emails. */
export const disclosureReminders = sqliteTable(
  "disclosure_reminders",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    sentAt: instant("sent_at").notNull(),
  },
  (t) => [uniqueIndex("disclosure_reminders_org_year_uq").on(t.organisationId, t.year)],
);
// ---------------------------------------------------------------- Member States: focal points

/**
 * A person an administration designated, in its official communication, to act for its Member
 * State in the portal. Several per State; removing one keeps the row (and its audit) but ends access.
 */
export const focalPoints = sqliteTable(
  "focal_points",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** ISO 3166-1 alpha-2 of an ITU Member State. */
    country: text("country").notNull(),
    name: text("name").notNull(),
    title: text("title").notNull(),
    office: text("office").notNull(),
    email: text("email").notNull(),
    lang: text("lang").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [uniqueIndex("focal_points_email_uq").on(t.email), index("focal_points_country_idx").on(t.country, t.active)],
);

/** Single-use sign-in links of focal points: only the sha256 of the token is kept. */
export const focalPointSignInTokens = sqliteTable("focal_point_sign_in_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  focalPointId: integer("focal_point_id")
    .notNull()
    .references(() => focalPoints.id, { onDelete: "cascade" }),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
});

export const focalPointSessions = sqliteTable(
  "focal_point_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    focalPointId: integer("focal_point_id")
      .notNull()
      .references(() => focalPoints.id, { onDelete: "cascade" }),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("focal_point_sessions_fp_idx").on(t.focalPointId)],
);

/**
 * A focal point's word on an endorsement made in its government's name: confirmed (the
 * secretariat then reviews it, and it is listed as verified by the focal point) or refused.
 */
export const focalPointEndorsementDecisions = sqliteTable("focal_point_endorsement_decisions", {
  endorsementId: integer("endorsement_id")
    .primaryKey()
    .references(() => endorsements.id, { onDelete: "cascade" }),
  focalPointId: integer("focal_point_id").references(() => focalPoints.id, { onDelete: "set null" }),
  decision: text("decision", { enum: ["confirmed", "refused"] }).notNull(),
  note: text("note"),
  decidedAt: instant("decided_at").notNull(),
});
