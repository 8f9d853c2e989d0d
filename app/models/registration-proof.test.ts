import crypto from "node:crypto";
import { insertEvent } from "~/test-support/fixtures";
import { lastRegistrationToken, mailsTo, registrationStatuses } from "~/test-support/registration-fixtures";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { db, sqlite } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { databaseVersion } from "~/page-cache/store.server";
import { sendSignInLink } from "./partners.server";
import { releaseLapsedHolds, verifyRegistration } from "./registration-proof.server";
import { getRegistrationByToken, registerForEvent, type RegistrantDetails } from "./registrations.server";
import { requestPasswordReset } from "./staff-accounts.server";
import { hashPlainStoredTokens, spendLinksInSentEmails } from "./token-hashing.server";

const HOUR = 3_600_000;
const now = Date.now();
const details: RegistrantDetails = {
  firstName: "Your ITU account expires today",
  lastName: "Click the link",
  organisation: "ITU Security",
  organisationType: "other",
  country: "CH",
  jobTitle: "Helpdesk",
  gender: null,
  accessibilityNeeds: null,
};

function makeEvent(capacity: number | null) {
  return insertEvent({ title: { en: "Proof webinar" }, capacity, joinUrl: "https://meet.example.org/room" }, now);
}
const mails = mailsTo;
const tokenOf = lastRegistrationToken;
const statusOf = registrationStatuses;
const register = (eventId: number, email: string, at = now) => registerForEvent({ eventId, email, lang: "en", details }, at);

describe("seats for proven addresses only", () => {
  it("made-up addresses only hold seats; unproven holds and places in line lapse when their time is up, seats going to the proven in order", () => {
    const e = makeEvent(2);
    for (const who of ["fake1", "fake2", "real3", "fake4"]) register(e.id, `${who}@x.org`);
    register(e.id, "fake5@x.org", now + 30 * 60_000);
    expect(statusOf(e.id)).toEqual(["fake1:held", "fake2:held", "real3:waiting", "fake4:waiting", "fake5:waiting"]);
    expect(verifyRegistration(tokenOf("real3@x.org"))).toBe("proven");

    const lapse = now + env().SEAT_HOLD_MINUTES * 60_000;
    expect(releaseLapsedHolds(lapse - 1)).toBe(0);
    expect(releaseLapsedHolds(lapse)).toBe(3);
    // The proven person next in line is seated; the unproven one behind them, an hour in line, leaves it;
    // the one who came half an hour later gets the other seat's hold, for its own hour.
    expect(statusOf(e.id)).toEqual(["fake1:expired", "fake2:expired", "real3:confirmed", "fake4:expired", "fake5:held"]);
    expect(mails("real3@x.org").map((m) => m.template)).toEqual(["registration-verify", "registration-waiting", "registration-promoted"]);
    expect(verifyRegistration(tokenOf("fake1@x.org"))).toBe("expired");
  });

  it("a held seat becomes the registrant's when they press the button; the link alone (a GET) changes nothing", () => {
    const e = makeEvent(1);
    register(e.id, "owner@x.org");
    const token = tokenOf("owner@x.org");
    expect(getRegistrationByToken(token)!.reg.status).toBe("held");
    expect(verifyRegistration(token)).toBe("proven");
    expect(verifyRegistration(token)).toBe("already");
    expect(statusOf(e.id)).toEqual(["owner:confirmed"]);
  });
});

describe("other people's words", () => {
  it("the email to an unproven address carries the portal's text and link, never what the sender typed", () => {
    const e = makeEvent(null);
    register(e.id, "victim@x.org");
    const [mail] = mails("victim@x.org");
    expect(mail!.template).toBe("registration-verify");
    for (const typed of [details.firstName, details.lastName, details.organisation, details.jobTitle]) {
      expect(mail!.subject + mail!.html + mail!.text).not.toContain(typed);
    }
    expect(verifyRegistration(tokenOf("victim@x.org"))).toBe("proven");
    // Once the address is proven, the full email (with the name) goes.
    expect(mails("victim@x.org")[1]!.text).toContain(details.firstName);
  });

  it("sends at most MAX_EMAILS_PER_ADDRESS_PER_HOUR an hour to one mailbox from all public forms, and answers the same", () => {
    const outcomes = Array.from({ length: 5 }, (_, i) => register(makeEvent(null).id, i % 2 ? "Flood.Target+x@gmail.com" : "floodtarget@gmail.com").outcome);
    expect(outcomes).toEqual(Array(5).fill("registered"));
    const sent = db()
      .select()
      .from(outbox)
      .all()
      .filter((m) => /flood\.?target/i.test(m.toAddress));
    expect(sent).toHaveLength(env().MAX_EMAILS_PER_ADDRESS_PER_HOUR);
    expect(register(makeEvent(null).id, "floodtarget@gmail.com", now + 2 * HOUR).outcome).toBe("registered");
    expect(
      db()
        .select()
        .from(outbox)
        .all()
        .filter((m) => /flood\.?target/i.test(m.toAddress)),
    ).toHaveLength(4);
  });
});

describe("no side channels", () => {
  it("a sign-in or password request for an unknown address writes as one for a known address does, and drops no kept page", () => {
    const before = databaseVersion();
    const requests = () => sqlite().prepare("select count(*) from email_requests").pluck().get() as number;
    const written = requests();
    sendSignInLink("nobody-here@example.org", "en");
    requestPasswordReset("no-such-staff@itu.int");
    // Written down (the mailbox's caps count them), but no reader sees them: kept pages stay (see unseen-writes.test.ts).
    expect(requests()).toBe(written + 2);
    expect(databaseVersion()).toBe(before);
  });
});

describe("tokens at rest", () => {
  it("the database holds only the sha256 of a manage link's token", () => {
    const e = makeEvent(null);
    register(e.id, "hash@x.org");
    const token = tokenOf("hash@x.org");
    const row = db().select().from(registrations).where(eq(registrations.email, "hash@x.org")).get()!;
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(getRegistrationByToken(row.tokenHash)).toBeNull();
    expect(getRegistrationByToken(token)!.reg.id).toBe(row.id);
  });

  it("a plain token from an older database is hashed at start-up, and its emailed link still opens", () => {
    const e = makeEvent(null);
    register(e.id, "legacy@x.org");
    const plain = crypto.randomBytes(32).toString("base64url");
    sqlite().prepare("UPDATE registrations SET token = ? WHERE email = 'legacy@x.org'").run(plain);
    expect(hashPlainStoredTokens()).toBe(1);
    expect(hashPlainStoredTokens()).toBe(0);
    const stored = sqlite().prepare("SELECT token FROM registrations WHERE email = 'legacy@x.org'").pluck().get() as string;
    expect(stored).toBe(crypto.createHash("sha256").update(plain).digest("hex"));
    expect(getRegistrationByToken(plain)!.reg.email).toBe("legacy@x.org");
  });

  it("spends, once at start-up, the links that emails delivered before this change still hold", () => {
    const e = makeEvent(null);
    register(e.id, "old-mail@x.org");
    const token = tokenOf("old-mail@x.org");
    sqlite().prepare("UPDATE outbox SET status = 'sent', sent_at = ? WHERE to_address = 'old-mail@x.org'").run(now);
    expect(spendLinksInSentEmails()).toBe(1);
    expect(spendLinksInSentEmails()).toBe(0);
    const kept = mails("old-mail@x.org")[0]!;
    expect(`${kept.text}${kept.html}`).not.toContain(token);
    expect(kept.text).toContain(`/registrations/${crypto.createHash("sha256").update(token).digest("hex")}`);
  });
});

describe("an address someone else typed first, in another spelling", () => {
  it("does not keep its owner out, nor plant details they would prove: their own submission replaces it", () => {
    const e = makeEvent(1);
    // A stranger registers "victim+squat@…" (which folds to the victim's address) under a name of their own, taking the one seat.
    const planted = { ...details, firstName: "Mallory", organisation: "Evil Org" };
    expect(registerForEvent({ eventId: e.id, email: "victim+squat@corp.example", lang: "en", details: planted }, now)).toMatchObject({ status: "held" });
    const strangersLink = tokenOf("victim+squat@corp.example");
    // The victim registers with their own address and details: the seat and a new link are theirs.
    expect(register(e.id, "victim@corp.example", now + 1000)).toEqual({ outcome: "registered", status: "held" });
    expect(mails("victim@corp.example").map((m) => m.template)).toEqual(["registration-verify"]);
    // The link the stranger's spelling got no longer proves anything; the victim's does.
    expect(verifyRegistration(strangersLink)).not.toBe("proven");
    expect(verifyRegistration(tokenOf("victim@corp.example"))).toBe("proven");
    const row = db().select().from(registrations).where(eq(registrations.emailKey, "victim@corp.example")).get()!;
    expect(row).toMatchObject({
      email: "victim@corp.example",
      addressProven: true,
      status: "confirmed",
      firstName: details.firstName,
      organisation: details.organisation,
    });
    // Once proven it is theirs: another spelling changes nothing and only has the link sent to the proven one.
    expect(register(e.id, "victim+again@corp.example", now + 2000)).toEqual({ outcome: "resent" });
    expect(db().select().from(registrations).where(eq(registrations.id, row.id)).get()).toMatchObject({
      email: "victim@corp.example",
      firstName: details.firstName,
    });
    expect(mails("victim+again@corp.example")).toHaveLength(0);
    expect(mails("victim@corp.example").map((m) => m.template)).toEqual(["registration-verify", "registration-confirmed", "registration-link"]);
  });
});
