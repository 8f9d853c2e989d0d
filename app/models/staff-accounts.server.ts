import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { auditLog, staffPasswordLinks, staffSessions, staffUsers } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { asLang, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { hashPassword } from "~/utils/password.server";
import { hashToken, isTokenShaped, newToken } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import { NO_PASSWORD, normalizeStaffEmail, type StaffRole } from "./staff.server";
import { unseenByReaders } from "~/utils/data-version.server";

const HOUR = 3_600_000;
/** An invitation waits a week (colleagues travel); a forgotten-password link an hour. */
export const LINK_LIFETIME_MS = { invite: 7 * 24 * HOUR, reset: HOUR } as const;

type StaffRow = typeof staffUsers.$inferSelect;

/** Every secretariat account, with whether it has chosen a password yet and when it was disabled. */
export function staffAccounts() {
  return db()
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      lang: staffUsers.preferredLang,
      disabledAt: staffUsers.disabledAt,
      invited: sql<number>`${staffUsers.passwordHash} = ${NO_PASSWORD}`,
    })
    .from(staffUsers)
    .orderBy(staffUsers.name, staffUsers.id)
    .all()
    .map((u) => ({ ...u, invited: Boolean(u.invited) }));
}

/** Writes a new single-use link and emails it in the person's language. */
function sendPasswordLink(tx: Tx, user: StaffRow, purpose: "invite" | "reset", now: number) {
  const token = newToken();
  tx.insert(staffPasswordLinks)
    .values({ idHash: hashToken(token), userId: user.id, purpose, createdAt: now, expiresAt: now + LINK_LIFETIME_MS[purpose] })
    .run();
  const lang = asLang(user.preferredLang);
  enqueueEmail(tx, {
    to: user.email,
    lang,
    template: purpose === "invite" ? "staff-invite" : "staff-password-reset",
    props: { name: user.name, role: getT(lang, "admin")(`roles.${user.role}`), url: `${publicOrigin()}/${lang}/admin/password/${token}` },
  });
}

export type InviteOutcome = { outcome: "invited"; id: number } | { outcome: "taken" };

/** An administrator adds a colleague: the account exists at once, the password is theirs to choose by the emailed link. */
export function inviteStaff(input: { email: string; name: string; role: StaffRole; lang: Lang }, byStaffId: number, now = Date.now()): InviteOutcome {
  const email = normalizeStaffEmail(input.email);
  return write((tx): InviteOutcome => {
    if (tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)).get()) return { outcome: "taken" };
    const user = tx
      .insert(staffUsers)
      .values({ email, name: input.name, role: input.role, passwordHash: NO_PASSWORD, preferredLang: input.lang, createdAt: now })
      .returning()
      .get();
    sendPasswordLink(tx, user, "invite", now);
    recordChange(tx, { staffUserId: byStaffId, action: "staff-invited", entity: "staff", entityId: user.id, detail: { role: input.role } });
    return { outcome: "invited", id: user.id };
  });
}

export type AccountChange = { kind: "role"; role: StaffRole } | { kind: "disable" } | { kind: "enable" } | { kind: "resend" };
export type ChangeOutcome = "done" | "self" | "last-admin" | "not-found";

/**
 * An administrator changes a colleague's account. Nobody changes their own (no one locks
 * themselves out), and the secretariat always keeps one active administrator. Disabling ends
 * the person's sessions at once.
 */
export function changeStaffAccount(userId: number, change: AccountChange, byStaffId: number, now = Date.now()): ChangeOutcome {
  if (userId === byStaffId) return "self";
  return write((tx): ChangeOutcome => {
    const user = tx.select().from(staffUsers).where(eq(staffUsers.id, userId)).get();
    if (!user) return "not-found";
    const losesAdmin = user.role === "admin" && !user.disabledAt && (change.kind === "disable" || (change.kind === "role" && change.role !== "admin"));
    if (losesAdmin) {
      const others = tx
        .select({ n: sql<number>`count(*)` })
        .from(staffUsers)
        .where(and(eq(staffUsers.role, "admin"), isNull(staffUsers.disabledAt), ne(staffUsers.id, userId)))
        .get()!.n;
      if (others === 0) return "last-admin";
    }
    if (change.kind === "role") {
      tx.update(staffUsers).set({ role: change.role }).where(eq(staffUsers.id, userId)).run();
    } else if (change.kind === "disable") {
      tx.update(staffUsers).set({ disabledAt: now }).where(eq(staffUsers.id, userId)).run();
      tx.delete(staffSessions).where(eq(staffSessions.userId, userId)).run();
      tx.delete(staffPasswordLinks).where(eq(staffPasswordLinks.userId, userId)).run();
    } else if (change.kind === "enable") {
      tx.update(staffUsers).set({ disabledAt: null }).where(eq(staffUsers.id, userId)).run();
    } else {
      if (user.disabledAt) return "not-found";
      sendPasswordLink(tx, user, user.passwordHash === NO_PASSWORD ? "invite" : "reset", now);
    }
    const action = change.kind === "role" ? "staff-role-changed" : change.kind === "resend" ? "staff-link-sent" : `staff-${change.kind}d`;
    recordChange(tx, { staffUserId: byStaffId, action, entity: "staff", entityId: userId, detail: change.kind === "role" ? { role: change.role } : {} });
    return "done";
  });
}

/** "Forgot your password?": a link goes to an active account with that address; the answer is the same either way. */
export function requestPasswordReset(email: string, now = Date.now()) {
  unseenByReaders(() =>
    write((tx) => {
      const user = tx
        .select()
        .from(staffUsers)
        .where(eq(staffUsers.email, normalizeStaffEmail(email)))
        .get();
      // Written whether the address is known or not, so the page cache cannot tell which are.
      if (!mayEmailFromPublicForm(tx, email, Boolean(user && !user.disabledAt), now) || !user) return;
      sendPasswordLink(tx, user, user.passwordHash === NO_PASSWORD ? "invite" : "reset", now);
    }),
  );
}

/** The account a password link is for, while the link is unused, unexpired and the account active. */
export function passwordLink(token: string, now = Date.now()) {
  if (!isTokenShaped(token)) return null;
  const row = db()
    .select({ link: staffPasswordLinks, user: staffUsers })
    .from(staffPasswordLinks)
    .innerJoin(staffUsers, eq(staffUsers.id, staffPasswordLinks.userId))
    .where(and(eq(staffPasswordLinks.idHash, hashToken(token)), isNull(staffPasswordLinks.usedAt), gt(staffPasswordLinks.expiresAt, now)))
    .get();
  if (!row || row.user.disabledAt) return null;
  return { purpose: row.link.purpose, user: { id: row.user.id, name: row.user.name, email: row.user.email } };
}

/**
 * Sets the password through a link. The link and every other link of the account stop working,
 * and any session opened with the old password ends. Returns false if the link no longer works.
 */
export async function setPasswordWithLink(token: string, password: string, now = Date.now()): Promise<boolean> {
  if (!passwordLink(token, now)) return false;
  const passwordHash = await hashPassword(password);
  return write((tx) => {
    // Checked again inside the write: two tabs may have used the same link meanwhile.
    const link = tx
      .update(staffPasswordLinks)
      .set({ usedAt: now })
      .where(and(eq(staffPasswordLinks.idHash, hashToken(token)), isNull(staffPasswordLinks.usedAt), gt(staffPasswordLinks.expiresAt, now)))
      .returning()
      .get();
    if (!link) return false;
    tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, link.userId)).run();
    tx.delete(staffPasswordLinks)
      .where(and(eq(staffPasswordLinks.userId, link.userId), ne(staffPasswordLinks.idHash, link.idHash)))
      .run();
    tx.delete(staffSessions).where(eq(staffSessions.userId, link.userId)).run();
    recordChange(tx, { staffUserId: link.userId, action: "staff-password-set", entity: "staff", entityId: link.userId });
    return true;
  });
}

/** The changes made to accounts (who did what to whose account), newest first: the secretariat's own record. */
export const accountActions = ["staff-invited", "staff-role-changed", "staff-disabled", "staff-enabled", "staff-link-sent", "staff-password-set"] as const;
export function accountHistory(limit = 20) {
  const actor = alias(staffUsers, "actor");
  const target = alias(staffUsers, "target");
  return db()
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, detail: auditLog.detail, by: actor.name, account: target.name })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.staffUserId))
    .leftJoin(target, sql`${target.id} = cast(${auditLog.entityId} as integer)`)
    .where(eq(auditLog.entity, "staff"))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all()
    .map((r) => ({ ...r, role: (JSON.parse(r.detail) as { role?: StaffRole }).role ?? null }));
}
