import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { genders, messageAudiences, organisationTypes, registrationStatuses } from "../../app/models/registration-types";
import { instant, translated } from "./columns";
import { events } from "./content";
import { participationTypes } from "./participation";
import { staffUsers } from "./staff";

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
    /** How the person takes part: seats, waiting list and approval are the type's. Set on every registration since types exist. */
    participationTypeId: integer("participation_type_id").references(() => participationTypes.id),
  },
  (t) => [
    uniqueIndex("registrations_token_uq").on(t.tokenHash),
    index("registrations_hold_idx").on(t.status, t.holdExpiresAt),
    uniqueIndex("registrations_event_email_uq").on(t.eventId, t.emailKey),
    index("registrations_event_status_idx").on(t.eventId, t.status, t.id),
    index("registrations_type_status_idx").on(t.participationTypeId, t.status, t.id),
    // A Member State's page counts its people per event, and a focal point finds its delegates, by country.
    index("registrations_country_status_idx").on(t.country, t.status, t.eventId),
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
    /** Written to one participation type's people only; null: all types. */
    participationTypeId: integer("participation_type_id").references(() => participationTypes.id, { onDelete: "set null" }),
    subject: translated("subject").notNull(),
    body: translated("body").notNull(),
    recipientCount: integer("recipient_count").notNull(),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    sentAt: instant("sent_at").notNull(),
  },
  (t) => [uniqueIndex("event_messages_form_key_uq").on(t.formKey), index("event_messages_event_idx").on(t.eventId, t.sentAt)],
);

/**
 * The columns of a record about one registration (a certificate, a visa letter request): the
 * registration and its event, both deleted with it.
 */
export const ofRegistration = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  registrationId: integer("registration_id")
    .notNull()
    .references(() => registrations.id, { onDelete: "cascade" }),
  eventId: integer("event_id")
    .notNull()
    .references(() => events.id, { onDelete: "cascade" }),
});
