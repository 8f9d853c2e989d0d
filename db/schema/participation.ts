import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { participationModes } from "../../app/models/registration-types";
import { instant, translated } from "./columns";
import { events } from "./content";

/**
 * How one takes part in an event (in person, online, as a speaker, as media…): each type has its own
 * seats, waiting list, approval rule and availability window, inside the event's registration window.
 */
export const participationTypes = sqliteTable(
  "participation_types",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The order on the form and the desk; 0 is the event's main type (its capacity is the event's). */
    position: integer("position").notNull(),
    name: translated("name").notNull(),
    /** In the room or online: the join link, the check-in code and visa letters follow from it. */
    mode: text("mode", { enum: participationModes }).notNull(),
    /** Seats; null means no limit. */
    capacity: integer("capacity"),
    requiresApproval: integer("requires_approval", { mode: "boolean" }).notNull().default(false),
    /** The type's own window, inside the event's: null follows the event's. */
    opensAt: instant("opens_at"),
    closesAt: instant("closes_at"),
    /** Only people holding a staff invitation (participationInvitations) may take it. */
    invitationOnly: integer("invitation_only", { mode: "boolean" }).notNull().default(false),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("participation_types_event_idx").on(t.eventId, t.position)],
);

/**
 * A personal invitation to an invitation-only type, tied to one address. The emailed link's token is
 * derived from the row (tokens.server `linkToken`) and only its hash is stored; using it proves the address.
 */
export const participationInvitations = sqliteTable(
  "participation_invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    participationTypeId: integer("participation_type_id")
      .notNull()
      .references(() => participationTypes.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** The address folded like a registration's (mailboxKey): one invitation per person and type. */
    emailKey: text("email_key").notNull(),
    name: text("name"),
    lang: text("lang").notNull(),
    tokenHash: text("token").notNull(),
    createdAt: instant("created_at").notNull(),
    /** When a registration was made with it. */
    usedAt: instant("used_at"),
  },
  (t) => [
    uniqueIndex("participation_invitations_token_uq").on(t.tokenHash),
    uniqueIndex("participation_invitations_type_email_uq").on(t.participationTypeId, t.emailKey),
  ],
);
