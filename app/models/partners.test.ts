import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, outbox, partnerUsers } from "../../db/schema";
import { db } from "~/utils/db.server";
import {
  decidePartnership,
  partnerForSession,
  partnershipRequests,
  redeemSignInLink,
  sendSignInLink,
  signInLinkState,
  SIGN_IN_TTL_MS,
  type JoinRequest,
} from "./partners.server";
import { createStaffUser } from "./staff.server";
import { confirmPartnershipRequest, joinConfirmState, JOIN_CONFIRM_TTL_MS, pendingJoinRequest, requestPartnership } from "./partner-requests.server";
import { applyRetention } from "./retention.server";
import { env } from "~/utils/env.server";

let staffId = 0;
const join = (over: Partial<JoinRequest> = {}): JoinRequest => ({
  organisation: "Orange Côte d'Ivoire",
  type: "private-sector",
  country: "CI",
  website: null,
  motivation: null,
  name: "Kouamé",
  email: "kouame@orange.ci",
  ...over,
});
/** The token of the last email of `template` to `to`: a sign-in link, or a join request's confirmation link. */
const tokenFrom = (to: string, template: "partner-sign-in" | "partner-request-confirm") => {
  const mail = db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .filter((m) => m.template === template)
    .at(-1)!;
  return mail.text.match(/partners\/(?:sign-in|join)\/([A-Za-z0-9_-]{43})/)![1]!;
};
const linkFrom = (to: string) => tokenFrom(to, "partner-sign-in");
const confirmLinkFrom = (to: string) => tokenFrom(to, "partner-request-confirm");
const before = (email: string) => partnershipRequests("requested").filter((r) => r.contact.email === email);

beforeAll(async () => {
  staffId = (await createStaffUser({ email: "sec@itu.int", name: "Sec", role: "admin", password: "secretariat password" })).id;
});

describe("joining and signing in", () => {
  it("records a request once, and only an accepted organisation's people get a sign-in link", () => {
    expect(requestPartnership(join(), "fr").created).toBe(true);
    // Not before the secretariat until the contact opens the emailed link and confirms; nor can it be decided.
    expect(before("kouame@orange.ci")).toHaveLength(0);
    const unconfirmed = db().select().from(organisations).where(eq(organisations.name, "Orange Côte d'Ivoire")).get()!;
    expect(decidePartnership(unconfirmed.id, "accepted", staffId)).toBe(false);
    expect(confirmPartnershipRequest(confirmLinkFrom("kouame@orange.ci"))).toBe("confirmed");
    expect(before("kouame@orange.ci")).toHaveLength(1);
    expect(requestPartnership(join({ email: "KOUAME@orange.ci" }), "fr").created).toBe(false);
    expect(sendSignInLink("kouame@orange.ci", "fr")).toBe(false);
    const [request] = partnershipRequests("requested");
    expect(decidePartnership(request!.org.id, "accepted", staffId)).toBe(true);
    expect(decidePartnership(request!.org.id, "declined", staffId)).toBe(false);
    expect(db().select().from(organisations).get()!.status).toBe("accepted");
    expect(sendSignInLink("Kouame@Orange.ci", "fr")).toBe(true);
    expect(sendSignInLink("nobody@orange.ci", "fr")).toBe(false);
    const templates = db()
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, "kouame@orange.ci"))
      .all()
      .map((m) => m.template);
    expect(templates).toEqual(["partner-request-confirm", "partner-accepted", "partner-sign-in"]);
  });

  it("a declined request made in someone's name does not keep its owner from asking", () => {
    const { token } = requestPartnership(join({ organisation: "Totally Bogus Ltd", email: "ceo@victim.example" }), "en");
    confirmPartnershipRequest(token!);
    const bogus = partnershipRequests("requested").find((r) => r.org.name === "Totally Bogus Ltd")!;
    expect(decidePartnership(bogus.org.id, "declined", staffId)).toBe(true);
    const second = requestPartnership(join({ organisation: "Victim Corp", email: "ceo@victim.example" }), "en");
    confirmPartnershipRequest(second.token!);
    expect(partnershipRequests("requested").find((r) => r.contact.email === "ceo@victim.example")!.org.name).toBe("Victim Corp");
  });

  it("an unconfirmed request holds no address: the owner's own request replaces it, and the first link dies", () => {
    const squatted = requestPartnership(join({ organisation: "Squatter Ltd", email: "cfo@owner.example" }), "en");
    const own = requestPartnership(join({ organisation: "Owner Telecom", email: "CFO@owner.example" }), "en");
    expect(own.created).toBe(true);
    expect(joinConfirmState(squatted.token!)).toBe("unknown");
    expect(db().select().from(organisations).where(eq(organisations.name, "Squatter Ltd")).all()).toHaveLength(0);
    // The owner's mailbox has the new link; the first one confirms nothing.
    expect(confirmLinkFrom("cfo@owner.example")).toBe(own.token);
    expect(confirmPartnershipRequest(squatted.token!)).toBe("unknown");
    expect(confirmPartnershipRequest(own.token!)).toBe("confirmed");
    expect(confirmPartnershipRequest(own.token!)).toBe("already");
    expect(before("cfo@owner.example").map((r) => r.org.name)).toEqual(["Owner Telecom"]);
  });

  it("the link's page names the request it confirms: a stranger's, sent after the owner's, is not confirmed unseen", () => {
    requestPartnership(join({ organisation: "Owner Networks", name: "Ana", email: "ana@owner.example" }), "en");
    const stranger = requestPartnership(join({ organisation: "Bogus Holdings", name: "Ana", email: "ana@owner.example" }), "en");
    expect(pendingJoinRequest(confirmLinkFrom("ana@owner.example"))).toEqual({ organisation: "Bogus Holdings", name: "Ana" });
    confirmPartnershipRequest(stranger.token!);
    // Once used, the link shows nothing more.
    expect(pendingJoinRequest(stranger.token!)).toBeNull();
    expect(pendingJoinRequest("not-a-token")).toBeNull();
  });

  it("a request the caps keep from emailing changes nothing: the link already in the mailbox still works", () => {
    const email = "lead@capped.example";
    for (let i = 0; i < env().MAX_EMAILS_PER_ADDRESS_PER_HOUR; i++) requestPartnership(join({ organisation: `Sent ${i}`, email }), "en");
    const mailed = confirmLinkFrom(email);
    // Past the cap no email goes: replacing the request would leave its owner with a dead link and no new one.
    expect(requestPartnership(join({ organisation: "Unsent Ltd", email }), "en")).toEqual({ created: false, token: null });
    expect(db().select().from(organisations).where(eq(organisations.name, "Unsent Ltd")).all()).toHaveLength(0);
    expect(confirmPartnershipRequest(mailed)).toBe("confirmed");
  });

  it("a link not opened within 48 hours lapses, and the retention schedule removes the request with its contact", () => {
    const at = Date.now();
    const { token } = requestPartnership(join({ organisation: "Lapsed SA", email: "late@lapsed.example" }), "fr", at);
    confirmPartnershipRequest(requestPartnership(join({ organisation: "Kept SA", email: "kept@kept.example" }), "fr", at).token!, at);
    expect(joinConfirmState(token!, at + JOIN_CONFIRM_TTL_MS - 1)).toBe("ready");
    expect(confirmPartnershipRequest(token!, at + JOIN_CONFIRM_TTL_MS + 1)).toBe("expired");
    expect(applyRetention(at + JOIN_CONFIRM_TTL_MS + 1).unconfirmedJoinRequests).toBe(1);
    expect(db().select().from(partnerUsers).where(eq(partnerUsers.email, "late@lapsed.example")).all()).toHaveLength(0);
    expect(db().select().from(organisations).where(eq(organisations.name, "Lapsed SA")).all()).toHaveLength(0);
    // A confirmed request waiting for the secretariat is not touched.
    expect(before("kept@kept.example").map((r) => r.org.name)).toEqual(["Kept SA"]);
  });

  it("uses a link once, within 15 minutes, and the session knows the organisation", () => {
    sendSignInLink("kouame@orange.ci", "fr");
    const token = linkFrom("kouame@orange.ci");
    expect(signInLinkState(token)).toBe("ready");
    const result = redeemSignInLink(token);
    expect(result.ok).toBe(true);
    expect(redeemSignInLink(token)).toEqual({ ok: false, state: "used" });
    expect(partnerForSession((result as { session: string }).session)?.org.name).toBe("Orange Côte d'Ivoire");

    // Two hours on: the address has had three emails this hour no more.
    const later = Date.now() + 2 * 3_600_000;
    sendSignInLink("kouame@orange.ci", "fr", later);
    const late = linkFrom("kouame@orange.ci");
    expect(redeemSignInLink(late, later + SIGN_IN_TTL_MS + 1)).toEqual({ ok: false, state: "expired" });
    expect(redeemSignInLink("x".repeat(43))).toEqual({ ok: false, state: "unknown" });
  });
});

describe("other people's words", () => {
  it("a join request and its refusal email the address only the portal's own text, never the organisation or name typed", () => {
    const typed = { organisation: "Your ITU account expires today", name: "ITU Helpdesk: reply with your password" };
    confirmPartnershipRequest(requestPartnership(join({ ...typed, email: "victim@example.org" }), "en").token!);
    const request = partnershipRequests("requested").find((r) => r.contact.email === "victim@example.org")!;
    expect(decidePartnership(request.org.id, "declined", staffId)).toBe(true);
    const sent = db().select().from(outbox).where(eq(outbox.toAddress, "victim@example.org")).all();
    expect(sent.map((m) => m.template)).toEqual(["partner-request-confirm", "partner-declined"]);
    for (const mail of sent) {
      for (const words of Object.values(typed)) expect(mail.subject + mail.html + mail.text).not.toContain(words);
    }
  });
});
