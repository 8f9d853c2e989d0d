import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { endorsements } from "./endorsements";
import { registrations } from "./registrations";

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
    /** When this designation began: set again when a removed focal point is designated anew (their 30 days run from it). */
    designatedAt: instant("designated_at").notNull().default(0),
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

/**
 * A focal point's word on a delegate of its government. A decline ends the registration; an
 * approval on an event that also needs the secretariat's leaves it pending, and this row is how
 * the focal point's list tells "approved by you, awaiting the secretariat" from "awaiting you".
 */
export const focalPointDelegateDecisions = sqliteTable("focal_point_delegate_decisions", {
  registrationId: integer("registration_id")
    .primaryKey()
    .references(() => registrations.id, { onDelete: "cascade" }),
  focalPointId: integer("focal_point_id").references(() => focalPoints.id, { onDelete: "set null" }),
  decision: text("decision", { enum: ["approved", "declined"] }).notNull(),
  decidedAt: instant("decided_at").notNull(),
});
