import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisationTypes } from "../../app/models/registration-types";
import { instant } from "./columns";
import { staffUsers } from "./staff";

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
    /**
     * A request reaches the secretariat once its contact opens the emailed link (only its sha256 is
     * kept): until then it holds no address, and it goes when the link lapses (`confirmExpiresAt`).
     */
    confirmTokenHash: text("confirm_token_hash"),
    confirmExpiresAt: instant("confirm_expires_at"),
    confirmedAt: instant("confirmed_at"),
  },
  (t) => [index("organisations_status_idx").on(t.status), uniqueIndex("organisations_confirm_uq").on(t.confirmTokenHash)],
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
