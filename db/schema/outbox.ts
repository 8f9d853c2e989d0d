import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";

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
    /** The registration an email is about, when it is: it goes when the registrant erases their data or withdraws a visa request. */
    registrationId: integer("registration_id"),
  },
  (t) => [uniqueIndex("outbox_message_id_uq").on(t.messageId), index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

/**
 * One row each time a public form is asked to email an address, known to the portal or not: the
 * write happens either way, and unseen by kept pages (unseenByReaders), so no page tells which
 * addresses exist; the caps (`MAX_EMAILS_PER_ADDRESS_PER_HOUR` from one network,
 * `MAX_EMAILS_PER_MAILBOX_PER_HOUR` from all) count those that were emailed. Rows older than an hour go.
 */
export const emailRequests = sqliteTable(
  "email_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The mailbox, folded (case, dots and +tags of Gmail) so aliases share one count. */
    mailbox: text("mailbox").notNull(),
    emailed: integer("emailed", { mode: "boolean" }).notNull(),
    /** The network that asked (an IPv4 address, an IPv6 /64), as a keyed hash: never the address itself. */
    source: text("source").notNull().default(""),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("email_requests_mailbox_idx").on(t.mailbox, t.emailed, t.createdAt)],
);
