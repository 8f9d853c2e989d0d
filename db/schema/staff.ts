import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant, now } from "./columns";

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
