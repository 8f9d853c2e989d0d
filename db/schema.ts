import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

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
  (t) => [
    uniqueIndex("outbox_message_id_uq").on(t.messageId),
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
  ],
);

// ---------------------------------------------------------------- audit trail

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    detail: text("detail").notNull().default("{}"),
    at: instant("at").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);
