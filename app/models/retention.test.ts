import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, endorsements, organisations, outbox, partnerSessions, partnerSignInTokens, partnerUsers, registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { env, resolveFromRoot } from "~/utils/env.server";
import { minimalPdf } from "~/utils/pdf";
import { deliverDue } from "~/utils/outbox-delivery.server";
import { hashToken, linkToken } from "~/utils/tokens.server";
import { approveEndorsement, rejectEndorsement } from "./endorsement-review.server";
import { submitEndorsement, withdrawEndorsement } from "./endorsements.server";
import { erasePerson, eraseOwnRegistration } from "./erasure.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, getRegistrationByToken, registerForEvent } from "./registrations.server";
import { applyRetention } from "./retention.server";
import { partnerLinks, redeemSignInLink, signInLinkState } from "./partners.server";
import { issueSignInLink, SIGN_IN_LINK_TTL_MS } from "./sign-in-links.server";
import { insertDeclaration, insertEvent, registrant } from "~/test-support/fixtures";
import { createStaffUser } from "./staff.server";

// A fake clock: every call names its own "now"; the schedule is measured from T0.
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
const details = registrant({ gender: "female", accessibilityNeeds: "Sign language" });
const endorser = (email: string) => ({
  category: "academia" as const,
  organisation: `Université ${email.split("@")[0]}`,
  country: "FR",
  representativeName: "Claire Martin",
  representativeTitle: "Rectrice",
  email,
  statement: null,
});
let staffId = 0;
let declarationId = 0;

const makeEvent = (endsAt: number, capacity: number | null = null) =>
  insertEvent({ startsAt: endsAt - 3_600_000, endsAt, registrationOpensAt: T0 - 10 * DAY, capacity }, T0 - 10 * DAY);
const reg = (email: string) => db().select().from(registrations).where(eq(registrations.email, email)).get();
const endorsementOf = (email: string) => db().select().from(endorsements).where(eq(endorsements.email, email)).get();
const letters = () => {
  const dir = resolveFromRoot(env().LETTERS_DIR);
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".pdf")) : [];
};

/** The manage link emailed to a registrant: only its hash is stored. */
const tokenOf = (r: { id: number; createdAt: number }) => linkToken("registration", r.id, r.createdAt);
/** The registrant presses the button behind that link: only a proven address holds a seat. */
const prove = (email: string) => expect(verifyRegistration(tokenOf(reg(email)!), T0)).toBe("proven");

beforeAll(async () => {
  staffId = (await createStaffUser({ email: "dpo@itu.int", name: "DPO", role: "admin", password: "a long admin password" })).id;
  declarationId = insertDeclaration({ slug: "d", endorsementOpensAt: T0 - 100 * DAY }, T0 - 100 * DAY).id;
});

describe("retention schedule", () => {
  it("empties a cancelled registration after 30 days, keeping its statistics", () => {
    const event = makeEvent(T0 + 200 * DAY);
    registerForEvent({ eventId: event.id, email: "cancel@example.org", lang: "fr", details }, T0);
    cancelRegistration(tokenOf(reg("cancel@example.org")!), T0);
    registerForEvent({ eventId: event.id, email: "stays@example.org", lang: "fr", details }, T0);
    applyRetention(T0 + 29 * DAY);
    expect(reg("cancel@example.org")).toBeTruthy();
    const counts = applyRetention(T0 + 31 * DAY);
    expect(counts.cancelledRegistrations).toBe(1);
    expect(reg("cancel@example.org")).toBeUndefined();
    const rows = db().select().from(registrations).where(eq(registrations.eventId, event.id)).all();
    const gone = rows.find((r) => r.status === "cancelled")!;
    expect(gone).toMatchObject({
      firstName: "",
      lastName: "",
      email: "",
      organisation: "",
      jobTitle: "",
      accessibilityNeeds: null,
      country: "SN",
      organisationType: "member-state",
      gender: "female",
    });
    expect(JSON.stringify(gone)).not.toMatch(/Amina|Diallo|ARTP|Sign language/);
    expect(reg("stays@example.org")!.firstName).toBe("Amina");
    const audit = db().select().from(auditLog).where(eq(auditLog.action, "retention-applied")).all();
    expect(audit.at(-1)!.detail).toContain('"cancelledRegistrations":1');
    expect(audit.at(-1)!.detail).not.toContain("cancel@example.org");
  });

  it("empties every registration 12 months after its event ends", () => {
    const event = makeEvent(T0 + DAY);
    registerForEvent({ eventId: event.id, email: "past@example.org", lang: "en", details }, T0);
    prove("past@example.org");
    applyRetention(T0 + 360 * DAY);
    expect(reg("past@example.org")).toBeTruthy();
    applyRetention(T0 + 367 * DAY);
    expect(reg("past@example.org")).toBeUndefined();
    expect(db().select().from(registrations).where(eq(registrations.eventId, event.id)).get()).toMatchObject({ country: "SN", status: "confirmed", email: "" });
  });

  it("deletes rejected and withdrawn endorsements after 30 days, and unverified ones when their link expires, with their letters", () => {
    for (const e of ["rej@example.org", "wd@example.org", "unv@example.org", "ok@example.org"]) {
      expect(submitEndorsement(declarationId, "fr", endorser(e), { bytes: minimalPdf(), name: "l.pdf" }, T0)).toEqual({ ok: true });
    }
    write((tx) => tx.update(endorsements).set({ status: "pending", verifiedAt: T0 }).where(eq(endorsements.email, "rej@example.org")).run());
    rejectEndorsement(endorsementOf("rej@example.org")!.id, "Not eligible", staffId, T0);
    withdrawEndorsement(linkToken("endorsement", endorsementOf("wd@example.org")!.id, endorsementOf("wd@example.org")!.createdAt), T0);
    write((tx) => tx.update(endorsements).set({ status: "pending", verifiedAt: T0 }).where(eq(endorsements.email, "ok@example.org")).run());
    expect(letters()).toHaveLength(4);
    applyRetention(T0 + 3 * DAY);
    expect(endorsementOf("unv@example.org")).toBeUndefined();
    expect(endorsementOf("rej@example.org")).toBeTruthy();
    expect(letters()).toHaveLength(3);
    applyRetention(T0 + 31 * DAY);
    expect(endorsementOf("rej@example.org")).toBeUndefined();
    expect(endorsementOf("wd@example.org")).toBeUndefined();
    expect(endorsementOf("ok@example.org")).toBeTruthy();
    expect(letters()).toHaveLength(1);
  });

  it("drops bodies of delivered emails after 30 days, keeping their metadata, and removes expired sessions", () => {
    const id = write(
      (tx) =>
        tx
          .insert(outbox)
          .values({
            messageId: "<m1@x>",
            template: "t",
            lang: "en",
            toAddress: "body@example.org",
            subject: "Subject",
            html: "<p>Dear Amina</p>",
            text: "Dear Amina",
            status: "sent",
            nextAttemptAt: T0,
            createdAt: T0,
            sentAt: T0,
          })
          .returning()
          .get().id,
    );
    const org = write((tx) =>
      tx.insert(organisations).values({ name: "Org", type: "private-sector", country: "FR", lang: "en", createdAt: T0, status: "accepted" }).returning().get(),
    );
    const person = write((tx) =>
      tx.insert(partnerUsers).values({ organisationId: org.id, name: "P", email: "p@example.org", lang: "en", createdAt: T0 }).returning().get(),
    );
    write((tx) =>
      tx
        .insert(partnerSessions)
        .values({ idHash: "h", userId: person.id, createdAt: T0, lastSeenAt: T0, expiresAt: T0 + DAY })
        .run(),
    );
    applyRetention(T0 + 29 * DAY);
    expect(db().select().from(outbox).where(eq(outbox.id, id)).get()!.text).toBe("Dear Amina");
    expect(db().select().from(partnerSessions).all()).toHaveLength(0);
    applyRetention(T0 + 31 * DAY);
    expect(db().select().from(outbox).where(eq(outbox.id, id)).get()).toMatchObject({
      html: "",
      text: "",
      toAddress: "body@example.org",
      subject: "Subject",
      status: "sent",
      sentAt: T0,
    });
  });

  it("keeps a used sign-in link until it would have expired, so that opening it again says it was used", () => {
    const org = write((tx) =>
      tx
        .insert(organisations)
        .values({ name: "Org L", type: "private-sector", country: "FR", lang: "en", createdAt: T0, status: "accepted" })
        .returning()
        .get(),
    );
    const person = write((tx) =>
      tx.insert(partnerUsers).values({ organisationId: org.id, name: "L", email: "link@example.org", lang: "en", createdAt: T0 }).returning().get(),
    );
    const token = write((tx) => issueSignInLink(tx, partnerLinks, person.id, T0));
    expect(redeemSignInLink(token, T0 + 60_000).ok).toBe(true);
    applyRetention(T0 + 2 * 60_000);
    expect(signInLinkState(token, T0 + 2 * 60_000)).toBe("used");
    applyRetention(T0 + SIGN_IN_LINK_TTL_MS + 1);
    expect(db().select().from(partnerSignInTokens).where(eq(partnerSignInTokens.userId, person.id)).all()).toHaveLength(0);
  });
});

describe("erasure", () => {
  it("erases a person by address everywhere, keeps the organisation's public endorsement, and records only that it happened", () => {
    const event = makeEvent(T0 + 200 * DAY, 1);
    registerForEvent({ eventId: event.id, email: "Erase.Me@Example.org", lang: "ar", details }, T0);
    registerForEvent({ eventId: event.id, email: "next@example.org", lang: "en", details }, T0);
    prove("Erase.Me@Example.org");
    prove("next@example.org");
    submitEndorsement(declarationId, "ar", endorser("erase.me@example.org"), null, T0);
    write((tx) => tx.update(endorsements).set({ status: "pending", verifiedAt: T0 }).where(eq(endorsements.email, "erase.me@example.org")).run());
    approveEndorsement(endorsementOf("erase.me@example.org")!.id, null, staffId, T0);
    const org = write((tx) =>
      tx.insert(organisations).values({ name: "Org2", type: "academia", country: "FR", lang: "en", createdAt: T0, status: "accepted" }).returning().get(),
    );
    write((tx) => tx.insert(partnerUsers).values({ organisationId: org.id, name: "Erase Me", email: "erase.me@example.org", lang: "en", createdAt: T0 }).run());

    const counts = erasePerson("ERASE.ME@example.org", staffId, T0 + DAY);
    expect(counts).toMatchObject({ registrations: 1, endorsements: 1, partnerPeople: 1 });
    expect(counts.emails).toBeGreaterThan(0);
    const all = JSON.stringify([
      db().select().from(registrations).all(),
      db().select().from(endorsements).all(),
      db().select().from(partnerUsers).all(),
      db().select().from(outbox).all(),
    ]);
    expect(all).not.toMatch(/erase\.me@example\.org/i);
    const kept = db().select().from(endorsements).where(eq(endorsements.organisation, "Université erase.me")).get()!;
    expect(kept).toMatchObject({ status: "approved", representativeName: "", email: "" });
    // The freed seat went to the next person waiting.
    expect(reg("next@example.org")!.status).toBe("confirmed");
    const audit = db().select().from(auditLog).where(eq(auditLog.action, "person-erased")).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).not.toMatch(/erase/i);
  });

  it("lets a registrant delete their own registration by its manage link", () => {
    const event = makeEvent(T0 + 200 * DAY);
    registerForEvent({ eventId: event.id, email: "self@example.org", lang: "en", details }, T0);
    const token = tokenOf(reg("self@example.org")!);
    expect(eraseOwnRegistration(token, T0)).toBe(true);
    expect(reg("self@example.org")).toBeUndefined();
    expect(eraseOwnRegistration(token, T0)).toBe(false);
    expect(db().select().from(outbox).where(eq(outbox.toAddress, "self@example.org")).all()).toHaveLength(0);
  });

  it("keeps a delivered email's text without its manage link, and the registrant's erasure still finds it", async () => {
    const event = makeEvent(T0 + 200 * DAY);
    registerForEvent({ eventId: event.id, email: "spent@example.org", lang: "en", details }, T0);
    const token = tokenOf(reg("spent@example.org")!);
    const mine = () => db().select().from(outbox).where(eq(outbox.toAddress, "spent@example.org")).all();
    expect(mine()[0]!.text).toContain(`/registrations/${token}`);
    const mailed: string[] = [];
    await deliverDue({ send: async (m) => void mailed.push(m.text), close() {} }, Date.now, 0);
    // The person got the link; the copy kept for the secretariat holds only its hash, which opens nothing.
    expect(mailed.find((text) => text.includes(`/registrations/${token}`))).toBeDefined();
    const kept = mine().filter((m) => m.status === "sent");
    expect(kept.length).toBeGreaterThan(0);
    for (const m of kept) {
      expect(`${m.text}${m.html}`).not.toContain(token);
      expect(m.text).toContain(`/registrations/${hashToken(token)}`);
    }
    expect(getRegistrationByToken(hashToken(token))).toBeNull();
    expect(eraseOwnRegistration(token, T0)).toBe(true);
    expect(mine()).toHaveLength(0);
  });
});
