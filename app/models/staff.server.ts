import { and, eq, isNull, lt, ne, sql } from "drizzle-orm";
import { staffPasswordLinks, staffSessions, staffUsers } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "~/utils/password.server";
import { hashToken, newToken } from "~/utils/tokens.server";

export const staffRoles = ["admin", "editor", "reviewer"] as const;
export type StaffRole = (typeof staffRoles)[number];
export type StaffUser = { id: number; email: string; name: string; role: StaffRole };

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/** Stored instead of a hash until an invited colleague chooses a password: verifies against nothing. */
export const NO_PASSWORD = "!";

export const normalizeStaffEmail = (email: string) => email.trim().toLowerCase();

export async function createStaffUser(input: { email: string; name: string; role: StaffRole; password: string }) {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const passwordHash = await hashPassword(input.password);
  const email = normalizeStaffEmail(input.email);
  return write((tx) => {
    const existing = tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email)).get();
    if (existing) {
      // The command line is the way back in when no administrator can sign in, so it may set the
      // password of any account; but not leave the secretariat without an active administrator.
      if (input.role !== "admin") {
        const otherAdmins = tx
          .select({ n: sql<number>`count(*)` })
          .from(staffUsers)
          .where(and(eq(staffUsers.role, "admin"), isNull(staffUsers.disabledAt), ne(staffUsers.id, existing.id)))
          .get()!.n;
        if (otherAdmins === 0) throw new Error(`${email} is the only active administrator: its role stays admin.`);
      }
      tx.update(staffUsers).set({ name: input.name, role: input.role, passwordHash, disabledAt: null }).where(eq(staffUsers.id, existing.id)).run();
      // As a password set by link does: whoever held the old password (or a link to set one) is out.
      tx.delete(staffSessions).where(eq(staffSessions.userId, existing.id)).run();
      tx.delete(staffPasswordLinks).where(eq(staffPasswordLinks.userId, existing.id)).run();
      return { id: existing.id, created: false };
    }
    const row = tx
      .insert(staffUsers)
      .values({ email, name: input.name, role: input.role, passwordHash, createdAt: Date.now() })
      .returning({ id: staffUsers.id })
      .get();
    return { id: row.id, created: true };
  });
}

/** Checks the password; unknown accounts cost the same time as known ones. */
export async function verifyStaffSignIn(email: string, password: string): Promise<StaffUser | null> {
  const user = db()
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, normalizeStaffEmail(email)))
    .get();
  // An invited colleague who has not chosen a password yet has none to match: treated like an unknown account.
  if (!user || user.disabledAt || user.passwordHash === NO_PASSWORD) {
    await verifyPassword(password, await dummyHash());
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function createStaffSession(userId: number, now = Date.now()): string {
  const token = newToken();
  write((tx) => {
    tx.delete(staffSessions).where(lt(staffSessions.expiresAt, now)).run();
    tx.insert(staffSessions)
      .values({ idHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: now + SESSION_ABSOLUTE_MS })
      .run();
  });
  return token;
}

/** The signed-in staff member, or null when the session is unknown, idle too long or past its end. */
export function staffUserForSession(token: string, now = Date.now()): StaffUser | null {
  const idHash = hashToken(token);
  const row = db()
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(eq(staffSessions.idHash, idHash))
    .get();
  if (!row) return null;
  const { session, user } = row;
  if (user.disabledAt || session.expiresAt <= now || session.lastSeenAt + SESSION_IDLE_MS <= now) {
    revokeStaffSession(token);
    return null;
  }
  // Touch at most once a minute: a page view should not always be a write.
  if (now - session.lastSeenAt > 60_000) {
    write((tx) => tx.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.idHash, idHash)).run());
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function revokeStaffSession(token: string) {
  write((tx) =>
    tx
      .delete(staffSessions)
      .where(eq(staffSessions.idHash, hashToken(token)))
      .run(),
  );
}

export function listStaff() {
  return db()
    .select({ id: staffUsers.id, email: staffUsers.email, name: staffUsers.name, role: staffUsers.role })
    .from(staffUsers)
    .orderBy(staffUsers.name)
    .all();
}
