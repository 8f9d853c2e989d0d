import { and, desc, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, staffUsers } from "../../db/schema";
import { db } from "~/utils/db.server";
import {
  accountHistory,
  changeStaffAccount,
  inviteStaff,
  LINK_LIFETIME_MS,
  passwordLink,
  requestPasswordReset,
  setPasswordWithLink,
  staffAccounts,
} from "./staff-accounts.server";
import {
  createStaffSession,
  createStaffUser,
  revokeStaffSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  staffUserForSession,
  verifyStaffSignIn,
} from "./staff.server";

describe("staff accounts and sessions", () => {
  it("refuses passwords under 12 characters", async () => {
    await expect(createStaffUser({ email: "a@itu.int", name: "A", role: "admin", password: "short" })).rejects.toThrow();
  });

  it("from the command line, a new password for an existing account ends its sessions and links, and keeps an administrator", async () => {
    const { id } = await createStaffUser({ email: "cli-admin@itu.int", name: "Cli", role: "admin", password: "the first long secret" });
    const others = db()
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(and(eq(staffUsers.role, "admin"), ne(staffUsers.id, id)))
      .all();
    for (const other of others) db().update(staffUsers).set({ disabledAt: Date.now() }).where(eq(staffUsers.id, other.id)).run();
    try {
      const token = createStaffSession(id);
      await createStaffUser({ email: "cli-admin@itu.int", name: "Cli", role: "admin", password: "the second long secret" });
      expect(staffUserForSession(token)).toBeNull();
      expect(await verifyStaffSignIn("cli-admin@itu.int", "the second long secret")).toMatchObject({ role: "admin" });
      await expect(createStaffUser({ email: "cli-admin@itu.int", name: "Cli", role: "editor", password: "the third long secret" })).rejects.toThrow(
        /only active administrator/,
      );
      expect(await verifyStaffSignIn("cli-admin@itu.int", "the second long secret")).toMatchObject({ role: "admin" });
    } finally {
      for (const other of others) db().update(staffUsers).set({ disabledAt: null }).where(eq(staffUsers.id, other.id)).run();
    }
  });

  it("signs in with the right password only, whatever the email's case", async () => {
    await createStaffUser({ email: "Editor@ITU.int", name: "Eda", role: "editor", password: "a long enough secret" });
    expect(await verifyStaffSignIn("editor@itu.int", "a long enough secret")).toMatchObject({ name: "Eda", role: "editor" });
    expect(await verifyStaffSignIn("editor@itu.int", "a wrong secret!!")).toBeNull();
    expect(await verifyStaffSignIn("nobody@itu.int", "a long enough secret")).toBeNull();
  });

  it("ends sessions on sign-out, after idling and at their absolute end", async () => {
    const { id } = await createStaffUser({ email: "rev@itu.int", name: "Rev", role: "reviewer", password: "another long secret" });
    const start = Date.now();
    const token = createStaffSession(id, start);
    expect(staffUserForSession(token, start + 1000)?.id).toBe(id);
    revokeStaffSession(token);
    expect(staffUserForSession(token, start + 2000)).toBeNull();

    const idle = createStaffSession(id, start);
    expect(staffUserForSession(idle, start + SESSION_IDLE_MS + 1)).toBeNull();

    let t = start;
    const busy = createStaffSession(id, t);
    while (t < start + SESSION_ABSOLUTE_MS - 60 * 60_000) {
      t += 60 * 60_000;
      expect(staffUserForSession(busy, t)?.id).toBe(id);
    }
    expect(staffUserForSession(busy, start + SESSION_ABSOLUTE_MS)).toBeNull();
  });
});

describe("secretariat accounts managed by administrators", () => {
  const linkIn = (to: string) => {
    const mail = db().select().from(outbox).where(eq(outbox.toAddress, to)).orderBy(desc(outbox.id)).get()!;
    return { mail, token: mail.text.match(/\/admin\/password\/([A-Za-z0-9_-]{43})/)![1]! };
  };

  it("invites a colleague, who chooses a password by the emailed link (once) and can then sign in", async () => {
    const { id: boss } = await createStaffUser({ email: "boss@itu.int", name: "Boss", role: "admin", password: "the boss's long secret" });
    expect(inviteStaff({ email: "New.Colleague@ITU.int", name: "Nour", role: "reviewer", lang: "ar" }, boss)).toMatchObject({ outcome: "invited" });
    expect(inviteStaff({ email: "new.colleague@itu.int", name: "Again", role: "editor", lang: "en" }, boss)).toEqual({ outcome: "taken" });
    const { mail, token } = linkIn("new.colleague@itu.int");
    expect(mail.template).toBe("staff-invite");
    expect(mail.lang).toBe("ar");
    // No password yet: nothing signs in, not even the stored marker.
    expect(await verifyStaffSignIn("new.colleague@itu.int", "!")).toBeNull();
    expect(staffAccounts().find((a) => a.email === "new.colleague@itu.int")).toMatchObject({ invited: true, role: "reviewer" });

    expect(passwordLink(token)?.purpose).toBe("invite");
    expect(await setPasswordWithLink(token, "a colleague's long secret")).toBe(true);
    expect(await setPasswordWithLink(token, "someone else's secret")).toBe(false);
    expect(passwordLink(token)).toBeNull();
    expect(await verifyStaffSignIn("new.colleague@itu.int", "a colleague's long secret")).toMatchObject({ name: "Nour", role: "reviewer" });
  });

  it("never lets an administrator lock themselves or the secretariat out; disabling ends sessions and links", async () => {
    const { id: solo } = await createStaffUser({ email: "solo-admin@itu.int", name: "Solo", role: "admin", password: "solo's long secret!" });
    const { id: other } = await createStaffUser({ email: "other-admin@itu.int", name: "Other", role: "admin", password: "other's long secret" });
    expect(changeStaffAccount(solo, { kind: "disable" }, solo)).toBe("self");
    expect(changeStaffAccount(solo, { kind: "role", role: "editor" }, solo)).toBe("self");

    // Disable every other admin but one, then that one cannot be demoted or disabled.
    const admins = staffAccounts().filter((a) => a.role === "admin" && !a.disabledAt && a.id !== solo && a.id !== other);
    for (const a of admins) expect(changeStaffAccount(a.id, { kind: "disable" }, other)).toBe("done");
    expect(changeStaffAccount(other, { kind: "role", role: "editor" }, solo)).toBe("done");
    expect(changeStaffAccount(other, { kind: "role", role: "admin" }, solo)).toBe("done");
    expect(changeStaffAccount(solo, { kind: "disable" }, other)).toBe("done");
    expect(changeStaffAccount(other, { kind: "disable" }, other)).toBe("self");
    const { id: third } = await createStaffUser({ email: "third@itu.int", name: "Third", role: "editor", password: "third's long secret" });
    expect(changeStaffAccount(other, { kind: "role", role: "reviewer" }, third)).toBe("last-admin");
    expect(changeStaffAccount(solo, { kind: "enable" }, other)).toBe("done");

    const session = createStaffSession(third);
    requestPasswordReset("third@itu.int");
    const { token } = linkIn("third@itu.int");
    expect(changeStaffAccount(third, { kind: "disable" }, other)).toBe("done");
    expect(staffUserForSession(session)).toBeNull();
    expect(passwordLink(token)).toBeNull();
    expect(await verifyStaffSignIn("third@itu.int", "third's long secret")).toBeNull();

    // Each of those changes is on record: who, whose account, what.
    const history = accountHistory(50);
    expect(history.find((h) => h.account === "Third" && h.action === "staff-disabled")?.by).toBe("Other");
    expect(history.find((h) => h.account === "Other" && h.action === "staff-role-changed" && h.role === "editor")?.by).toBe("Solo");
  });

  it("a forgotten-password link goes only to an active account, lasts an hour, and a new password ends old sessions", async () => {
    const { id } = await createStaffUser({ email: "forgetful@itu.int", name: "Forgetful", role: "editor", password: "the old long secret" });
    const before = db().select().from(outbox).all().length;
    requestPasswordReset("nobody-here@itu.int");
    expect(db().select().from(outbox).all().length).toBe(before);

    const now = Date.now();
    requestPasswordReset("FORGETFUL@itu.int", now);
    const { mail, token } = linkIn("forgetful@itu.int");
    expect(mail.template).toBe("staff-password-reset");
    expect(passwordLink(token, now + LINK_LIFETIME_MS.reset + 1)).toBeNull();
    const session = createStaffSession(id);
    expect(await setPasswordWithLink(token, "the new long secret")).toBe(true);
    expect(staffUserForSession(session)).toBeNull();
    expect(await verifyStaffSignIn("forgetful@itu.int", "the old long secret")).toBeNull();
    expect(await verifyStaffSignIn("forgetful@itu.int", "the new long secret")).toMatchObject({ id });
  });
});
