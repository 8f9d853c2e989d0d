import { acceptedPartners, insertEvent, newStaffId, registrant } from "~/test-support/fixtures";
import { mailsTo, registrationStatuses } from "~/test-support/registration-fixtures";
import { mailboxKey } from "~/utils/mailbox";
import { beforeAll, describe, expect, it } from "vitest";
import { emailRequests } from "../../db/schema";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { askedFrom } from "~/utils/outbox.server";
import { registerForEvent } from "./registrations.server";
import { sendSignInLink } from "./partners.server";

const HOUR = 3_600_000;
const details = registrant();
/** What the event page's action does: the registration asked for from the sender's network. */
const registerFrom = (ip: string, eventId: number, email: string, now: number) =>
  askedFrom(ip, () => registerForEvent({ eventId, email, lang: "en", details }, now));

beforeAll(async () => {
  const staff = await newStaffId();
  acceptedPartners(staff, [
    { organisation: "Flood Target Ltd", email: "target@flood.example" },
    { organisation: "Réseau v6", email: "v6@budget.example" },
  ]);
});
// The sign-in emails alone (the acceptance went first).
const signInMails = (to: string) => mailsTo(to).filter((m) => m.template.endsWith("sign-in"));

describe("a mailbox's hourly emails from the public forms", () => {
  it("counts a stranger's requests against their own network: the owner's registration email still goes", () => {
    const now = Date.now() + 10 * HOUR;
    const events = [1, 2, 3, 4].map((i) => insertEvent({ title: { en: `Budget workshop ${i}` }, capacity: 50 }, now));
    const perNetwork = env().MAX_EMAILS_PER_ADDRESS_PER_HOUR;
    // A stranger registers the owner's address at one event after another, from one network.
    for (let i = 0; i < perNetwork + 1; i++) registerFrom("203.0.113.9", events[i]!.id, "owner@budget.example", now + i);
    expect(mailsTo("owner@budget.example")).toHaveLength(perNetwork);
    // No email went for the fourth, so no seat is held for it: it would lapse before anyone could prove the address.
    expect(registrationStatuses(events[3]!.id)).toEqual(["owner:unverified"]);
    // The owner, from their own network, registers at the fourth event and gets its email.
    registerFrom("198.51.100.20", events[3]!.id, "owner@budget.example", now + 10);
    const mails = mailsTo("owner@budget.example");
    expect(mails).toHaveLength(perNetwork + 1);
    expect(mails.at(-1)!.text).toContain("Budget workshop 4");
  });

  it("still caps the mailbox whoever asks: many networks together send at most MAX_EMAILS_PER_MAILBOX_PER_HOUR", () => {
    const now = Date.now() + 20 * HOUR;
    const cap = env().MAX_EMAILS_PER_MAILBOX_PER_HOUR;
    for (let i = 0; i < cap + 5; i++) askedFrom(`192.0.2.${i + 1}`, () => sendSignInLink("target@flood.example", "en", now + i));
    expect(signInMails("target@flood.example")).toHaveLength(cap);
  });

  it("counts an IPv6 /64 as one network, and keeps no address, only a keyed hash of the network", () => {
    const now = Date.now() + 30 * HOUR;
    const perNetwork = env().MAX_EMAILS_PER_ADDRESS_PER_HOUR;
    for (let i = 0; i < perNetwork + 2; i++) askedFrom(`2001:db8:5:7::${i + 1}`, () => sendSignInLink("v6@budget.example", "en", now + i));
    expect(signInMails("v6@budget.example")).toHaveLength(perNetwork);
    const sources = new Set(
      db()
        .select({ source: emailRequests.source })
        .from(emailRequests)
        .all()
        .map((r) => r.source),
    );
    for (const source of sources) expect(source).not.toMatch(/2001|203\.0|198\.51|192\.0/);
    expect([...sources].filter(Boolean).every((s) => /^[\w-]{22}$/.test(s))).toBe(true);
  });

  it("refuses an asynchronous call, whose network could be another request's by the time it asks", () => {
    expect(() => askedFrom("203.0.113.1", () => Promise.resolve(1))).toThrow(/synchronous/);
  });

  it("folds the spellings a provider delivers to one inbox into one mailbox", () => {
    expect(mailboxKey(" Jane.Doe+gda@GoogleMail.com")).toBe("janedoe@gmail.com");
    for (const spelling of ["jane.doe@proton.me", "Jane_Doe@protonmail.com", "jane-doe+x@protonmail.ch", "janedoe@pm.me"]) {
      expect(mailboxKey(spelling)).toBe("janedoe@proton.me");
    }
    // Elsewhere a dot or a hyphen may be another person's mailbox.
    expect(mailboxKey("jane.doe@itu.int")).toBe("jane.doe@itu.int");
    expect(mailboxKey("jane-doe@example.org")).not.toBe(mailboxKey("janedoe@example.org"));
  });
});
