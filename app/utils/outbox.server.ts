import crypto from "node:crypto";
import type { EmailAttachment } from "./mailer.server";
import { and, asc, eq, gt, inArray, lt, lte, or, sql } from "drizzle-orm";
import { emailRequests, outbox } from "../../db/schema";
import { renderEmail, type EmailName, type EmailProps } from "../../emails/render";
import { db, write, type Tx } from "./db.server";
import { env } from "./env.server";
import type { Lang } from "./i18n";
import { mailboxKey } from "./mailbox";
import { mailerFromEnv, type Mailer } from "./mailer.server";
import { prepared } from "./prepared.server";

const MINUTE = 60_000;
/** 1, 5, 15 and 60 minutes, then hourly until a day has passed. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
const GIVE_UP_AFTER_MS = 24 * 60 * MINUTE;
const LOCK_MS = 2 * MINUTE;

export function retryDelayMs(attempts: number): number {
  const minutes = BACKOFF_MINUTES[attempts - 1] ?? 60;
  return minutes * MINUTE * env().OUTBOX_RETRY_SCALE;
}

type Attachment = EmailAttachment;

/**
 * Writes an email into the outbox inside the caller's transaction: it is sent if and only if
 * the change that caused it is committed.
 */
export function enqueueEmail<N extends EmailName>(tx: Tx, input: { to: string; lang: Lang; template: N; props: EmailProps<N>; attachments?: Attachment[] }) {
  const rendered = renderEmail(input.template, input.lang, input.props);
  const now = Date.now();
  const host = new URL(env().PUBLIC_URL).hostname || "localhost";
  void tx; // the caller's transaction: the prepared insert runs inside it (one connection)
  insertOutbox().run({
    messageId: `<${now}.${crypto.randomBytes(8).toString("hex")}@${host}>`,
    template: input.template,
    lang: input.lang,
    toAddress: input.to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: JSON.stringify(input.attachments ?? []),
    now,
  });
  queueMicrotask(kickDeliverer);
}
const insertOutbox = prepared((d) =>
  d
    .insert(outbox)
    .values({
      messageId: sql.placeholder("messageId"),
      template: sql.placeholder("template"),
      lang: sql.placeholder("lang"),
      toAddress: sql.placeholder("toAddress"),
      subject: sql.placeholder("subject"),
      html: sql.placeholder("html"),
      text: sql.placeholder("text"),
      attachments: sql.placeholder("attachments"),
      nextAttemptAt: sql.placeholder("now"),
      createdAt: sql.placeholder("now"),
    })
    .prepare(),
);

const HOUR = 3_600_000;

/**
 * A public form was asked to email `to` (`wouldSend`: it would, the address being one it writes
 * to). The request is written down either way, so known and unknown addresses cost the same write;
 * the answer says whether the email may go — at most MAX_EMAILS_PER_ADDRESS_PER_HOUR an hour to one
 * mailbox from all public forms together. The form answers the same whatever it says.
 */
export function mayEmailFromPublicForm(tx: Tx, to: string, wouldSend: boolean, now = Date.now()): boolean {
  void tx; // prepared statements, run inside the caller's transaction
  const mailbox = mailboxKey(to);
  const recent = recentEmailRequests().get({ mailbox, since: now - HOUR })!.n;
  const allowed = wouldSend && recent < env().MAX_EMAILS_PER_ADDRESS_PER_HOUR;
  insertEmailRequest().run({ mailbox, emailed: allowed, now });
  return allowed;
}
const recentEmailRequests = prepared((d) =>
  d
    .select({ n: sql<number>`count(*)` })
    .from(emailRequests)
    .where(and(eq(emailRequests.mailbox, sql.placeholder("mailbox")), eq(emailRequests.emailed, true), gt(emailRequests.createdAt, sql.placeholder("since"))))
    .prepare(),
);
const insertEmailRequest = prepared((d) =>
  d
    .insert(emailRequests)
    .values({ mailbox: sql.placeholder("mailbox"), emailed: sql.placeholder("emailed"), createdAt: sql.placeholder("now") })
    .prepare(),
);

/** Forgets requests older than the hour the cap looks at (run by the scheduler). */
export function forgetOldEmailRequests(now = Date.now()) {
  return write(
    (tx) =>
      tx
        .delete(emailRequests)
        .where(lt(emailRequests.createdAt, now - HOUR))
        .run().changes,
  );
}

/** Takes one due message and marks it as being sent, so no second worker takes it too. */
function claimNext(now: number) {
  return write((tx) => {
    const row = tx
      .select()
      .from(outbox)
      .where(or(and(eq(outbox.status, "queued"), lte(outbox.nextAttemptAt, now)), and(eq(outbox.status, "sending"), lte(outbox.lockedUntil, now))))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(1)
      .get();
    if (!row) return undefined;
    tx.update(outbox)
      .set({ status: "sending", lockedUntil: now + LOCK_MS })
      .where(eq(outbox.id, row.id))
      .run();
    return row;
  });
}

/** Sends every message that is due; returns how many were sent. */
export async function deliverDue(mailer: Mailer, now = () => Date.now()): Promise<number> {
  let sent = 0;
  for (let row = claimNext(now()); row; row = claimNext(now())) {
    try {
      await mailer.send({
        messageId: row.messageId,
        to: row.toAddress,
        subject: row.subject,
        html: row.html,
        text: row.text,
        lang: row.lang,
        attachments: JSON.parse(row.attachments),
      });
      write((tx) =>
        tx
          .update(outbox)
          .set({ status: "sent", sentAt: now(), lockedUntil: null, attempts: row.attempts + 1, lastError: null })
          .where(eq(outbox.id, row.id))
          .run(),
      );
      sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const at = now();
      const givesUp = at - row.createdAt >= GIVE_UP_AFTER_MS;
      write((tx) =>
        tx
          .update(outbox)
          .set({
            status: givesUp ? "failed" : "queued",
            attempts,
            lockedUntil: null,
            nextAttemptAt: at + retryDelayMs(attempts),
            lastError: String((error as Error)?.message ?? error).slice(0, 500),
          })
          .where(eq(outbox.id, row.id))
          .run(),
      );
    }
  }
  return sent;
}

// ---------------------------------------------------------------- the background deliverer

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | undefined;
let mailer: Mailer | undefined;

export function kickDeliverer() {
  if (!mailer || running) return;
  running = deliverDue(mailer)
    .catch((e) => console.error("outbox: delivery pass failed", e))
    .finally(() => (running = undefined));
}

/**
 * Starts the deliverer; it resumes whatever a previous process left queued or half-sent. One
 * server process delivers a database's mail, so a message still marked as being sent was left by
 * a process that stopped mid-send: it is due again now, not when its two-minute lock runs out.
 * (Sent twice at worst — the message keeps its Message-ID — never lost.)
 */
export function startOutboxDeliverer(m: Mailer = mailerFromEnv()) {
  write((tx) => tx.update(outbox).set({ status: "queued", lockedUntil: null, nextAttemptAt: Date.now() }).where(eq(outbox.status, "sending")).run());
  mailer = m;
  timer ??= setInterval(kickDeliverer, env().OUTBOX_POLL_MS);
  timer.unref();
  kickDeliverer();
}

export async function stopOutboxDeliverer() {
  if (timer) clearInterval(timer);
  timer = undefined;
  await running;
  mailer?.close();
  mailer = undefined;
}

export function outboxSummary() {
  const rows = db()
    .select({ status: outbox.status, n: sql<number>`count(*)` })
    .from(outbox)
    .groupBy(outbox.status)
    .all();
  const counts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function recentOutbox(limit = 50) {
  return db()
    .select({
      id: outbox.id,
      template: outbox.template,
      lang: outbox.lang,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(sql`${outbox.id} desc`)
    .limit(limit)
    .all();
}

/** Puts failed messages back in the queue, for staff once the mail server is fixed. */
export function requeueFailed(ids: number[]) {
  if (ids.length === 0) return 0;
  return write(
    (tx) =>
      tx
        .update(outbox)
        .set({ status: "queued", nextAttemptAt: Date.now(), attempts: 0, createdAt: Date.now() })
        .where(and(eq(outbox.status, "failed"), inArray(outbox.id, ids)))
        .run().changes,
  );
}
