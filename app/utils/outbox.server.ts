import { randomBytes } from "./random.server";
import type { EmailAttachment } from "./mailer.server";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { emailRequests, outbox } from "../../db/schema";
import { renderEmail, type EmailName, type EmailProps } from "../../emails/render";
import { unseenByReaders } from "./data-version.server";
import { db, write, type Tx } from "./db.server";
import { env } from "./env.server";
import type { Lang } from "./i18n";
import { mailboxKey } from "./mailbox";
import { kickDeliverer } from "./outbox-delivery.server";
import { prepared } from "./prepared.server";
import { networkOf } from "./rate-limit.server";
import { keyedToken } from "./secret.server";

type Attachment = EmailAttachment;

/**
 * Writes an email into the outbox inside the caller's transaction: it is sent if and only if
 * the change that caused it is committed.
 */
export function enqueueEmail<N extends EmailName>(
  tx: Tx,
  input: { to: string; lang: Lang; template: N; props: EmailProps<N>; attachments?: Attachment[]; registrationId?: number },
) {
  const rendered = renderEmail(input.template, input.lang, input.props);
  const now = Date.now();
  const host = new URL(env().PUBLIC_URL).hostname || "localhost";
  void tx; // the caller's transaction: the prepared insert runs inside it (one connection)
  insertOutbox().run({
    messageId: `<${now}.${randomBytes(8).toString("hex")}@${host}>`,
    template: input.template,
    lang: input.lang,
    toAddress: input.to,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: JSON.stringify(input.attachments ?? []),
    registrationId: input.registrationId ?? null,
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
      registrationId: sql.placeholder("registrationId"),
      nextAttemptAt: sql.placeholder("now"),
      createdAt: sql.placeholder("now"),
    })
    .prepare(),
);

const HOUR = 3_600_000;

let askingNetwork = "";

/**
 * Runs a public form's model call with the network its request came from (the client's IPv4
 * address, or its IPv6 /64), which the mailbox's hourly caps are counted by. The call is
 * synchronous (one write transaction), so no other request's network can be read meanwhile.
 */
export function askedFrom<T>(clientIp: string, call: () => T): T {
  const before = askingNetwork;
  askingNetwork = keyedToken("email-request-source", networkOf(clientIp)).slice(0, 22);
  try {
    const result = call();
    if (result instanceof Promise) throw new Error("askedFrom runs synchronous calls only");
    return result;
  } finally {
    askingNetwork = before;
  }
}

/**
 * A public form was asked to email `to` (`wouldSend`: it would, the address being one it writes
 * to). The request is written down either way, so known and unknown addresses cost the same write;
 * the answer says whether the email may go. An hour's emails to one mailbox from the public forms
 * together are capped twice: MAX_EMAILS_PER_ADDRESS_PER_HOUR from one network (askedFrom), and
 * MAX_EMAILS_PER_MAILBOX_PER_HOUR from all. A stranger who spends their network's share cannot
 * stop the owner's own registration or link from going, unless they ask from as many networks as
 * the second cap allows. For a sign-in link (`linkLifetimeMs`, shorter than the hour), one more
 * goes each time the last email has outlived a link. The form answers the same whatever it says.
 */
export function mayEmailFromPublicForm(tx: Tx, to: string, wouldSend: boolean, now = Date.now(), linkLifetimeMs?: number): boolean {
  void tx; // prepared statements, run inside the caller's transaction
  const mailbox = mailboxKey(to);
  const source = askingNetwork;
  const recent = recentEmailRequests().get({ mailbox, source, since: now - HOUR })!;
  const withinCaps = recent.fromSource < env().MAX_EMAILS_PER_ADDRESS_PER_HOUR && recent.all < env().MAX_EMAILS_PER_MAILBOX_PER_HOUR;
  // A sign-in link lives less than the hour: past the caps, a new one may go once the last email has
  // outlived it. Strangers asking again and again for someone's link cannot leave its owner without
  // one that works (their own requests fill the owner's inbox with working links, at most one a
  // lifetime once a cap is reached), and the owner asking after that gets one.
  const renewed = linkLifetimeMs !== undefined && recent.last !== null && now - recent.last >= linkLifetimeMs;
  const allowed = wouldSend && (withinCaps || renewed);
  unseenByReaders(() => insertEmailRequest().run({ mailbox, source, emailed: allowed, now }));
  return allowed;
}
const recentEmailRequests = prepared((d) =>
  d
    .select({
      all: sql<number>`count(*)`,
      fromSource: sql<number>`coalesce(sum(${emailRequests.source} = ${sql.placeholder("source")}), 0)`,
      last: sql<number | null>`max(${emailRequests.createdAt})`,
    })
    .from(emailRequests)
    .where(and(eq(emailRequests.mailbox, sql.placeholder("mailbox")), eq(emailRequests.emailed, true), gt(emailRequests.createdAt, sql.placeholder("since"))))
    .prepare(),
);
const insertEmailRequest = prepared((d) =>
  d
    .insert(emailRequests)
    .values({ mailbox: sql.placeholder("mailbox"), source: sql.placeholder("source"), emailed: sql.placeholder("emailed"), createdAt: sql.placeholder("now") })
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
