import { and, asc, eq, lte, or } from "drizzle-orm";
import { outbox } from "../../db/schema";
import { unseenByReaders } from "./data-version.server";
import { write } from "./db.server";
import { env } from "./env.server";
import { mailerFromEnv, type Mailer } from "./mailer.server";
import { hashToken } from "./tokens.server";
import { quietOrAt } from "./traffic.server";

// Sending what the outbox holds (enqueueEmail in outbox.server.ts writes it): one message at a
// time, claimed so that no second worker takes it, retried on a schedule, never lost.

const MINUTE = 60_000;
/** 1, 5, 15 and 60 minutes, then hourly until a day has passed. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
const GIVE_UP_AFTER_MS = 24 * 60 * MINUTE;
const LOCK_MS = 2 * MINUTE;

/**
 * Emails whose link is a credential — it signs someone in, sets a staff password, proves an
 * address or opens an invitation — and that nothing reads once sent. Their bodies are emptied as
 * soon as they are delivered (recipient, subject and dates stay): a copy of the database must open
 * nothing, and the link sat there in the clear for RETAIN_EMAIL_BODIES_DAYS. Other emails keep
 * their text (the secretariat reads what was sent), with their links spent (`withLinksSpent`).
 */
export const CREDENTIAL_TEMPLATES: ReadonlySet<string> = new Set([
  "staff-invite",
  "staff-password-reset",
  "partner-accepted",
  "partner-sign-in",
  "focal-point-sign-in",
  "endorsement-verify",
  "partner-request-confirm",
  "participation-invitation",
]);

/**
 * A registration's manage link, an endorsement's withdraw link and a working group's unsubscribe
 * link are written into every email about them, and each opens what it names to whoever holds it.
 * Once the email is delivered, the copy the outbox keeps carries the token's hash in its place:
 * the hash opens nothing (a link's token is hashed before it is looked up), and a registrant's own
 * erasure still finds the emails by it (erasure.server.ts).
 */
const LINK_TOKEN = /(\/(?:registrations|endorsements|working-groups\/unsubscribe)\/)([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;
export function withLinksSpent(body: string): string {
  return body.replace(LINK_TOKEN, (_whole, path: string, token: string) => `${path}${hashToken(token)}`);
}

export function retryDelayMs(attempts: number): number {
  const minutes = BACKOFF_MINUTES[attempts - 1] ?? 60;
  return minutes * MINUTE * env().OUTBOX_RETRY_SCALE;
}

async function nextWhenQuiet(now: () => number, yieldUntil: number) {
  await quietOrAt(yieldUntil);
  return claimNext(now());
}

/** What a message keeps once it has gone, or been given up on: no credential, no live link. */
const spentBodies = (row: { template: string; html: string; text: string }) =>
  CREDENTIAL_TEMPLATES.has(row.template) ? { html: "", text: "", attachments: "[]" } : { html: withLinksSpent(row.html), text: withLinksSpent(row.text) };

/** Takes one due message and marks it as being sent, so no second worker takes it too. */
function claimNext(now: number) {
  return unseenByReaders(() =>
    write((tx) => {
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
    }),
  );
}

/**
 * Sends every message that is due; returns how many were sent. While requests are being answered
 * it steps aside (`OUTBOX_YIELD_MS` at most in a pass): when a circular goes out, pages and seats
 * come first and the emails follow the burst, not in the middle of it.
 */
export async function deliverDue(mailer: Mailer, now = () => Date.now(), yieldMs = env().OUTBOX_YIELD_MS): Promise<number> {
  let sent = 0;
  const yieldUntil = Date.now() + yieldMs;
  for (let row = await nextWhenQuiet(now, yieldUntil); row; row = await nextWhenQuiet(now, yieldUntil)) {
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
      unseenByReaders(() =>
        write((tx) =>
          tx
            .update(outbox)
            .set({
              status: "sent",
              sentAt: now(),
              lockedUntil: null,
              attempts: row.attempts + 1,
              lastError: null,
              ...spentBodies(row),
            })
            .where(eq(outbox.id, row.id))
            .run(),
        ),
      );
      sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const at = now();
      const givesUp = at - row.createdAt >= GIVE_UP_AFTER_MS;
      unseenByReaders(() =>
        write((tx) =>
          tx
            .update(outbox)
            .set({
              status: givesUp ? "failed" : "queued",
              attempts,
              lockedUntil: null,
              nextAttemptAt: at + retryDelayMs(attempts),
              lastError: String((error as Error)?.message ?? error).slice(0, 500),
              // Given up on, it opens nothing any more, as a delivered one does not.
              ...(givesUp ? spentBodies(row) : {}),
            })
            .where(eq(outbox.id, row.id))
            .run(),
        ),
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
