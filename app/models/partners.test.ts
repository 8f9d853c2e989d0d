import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, outbox } from "../../db/schema";
import { db } from "~/utils/db.server";
import {
  decidePartnership,
  partnerForSession,
  partnershipRequests,
  redeemSignInLink,
  requestPartnership,
  sendSignInLink,
  signInLinkState,
  SIGN_IN_TTL_MS,
  type JoinRequest,
} from "./partners.server";
import { createStaffUser } from "./staff.server";

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
const linkFrom = (to: string) => {
  const mail = db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .filter((m) => m.template === "partner-sign-in")
    .at(-1)!;
  return mail.text.match(/partners\/sign-in\/([A-Za-z0-9_-]{43})/)![1]!;
};

beforeAll(async () => {
  staffId = (await createStaffUser({ email: "sec@itu.int", name: "Sec", role: "admin", password: "secretariat password" })).id;
});

describe("joining and signing in", () => {
  it("records a request once, and only an accepted organisation's people get a sign-in link", () => {
    expect(requestPartnership(join(), "fr")).toEqual({ created: true });
    expect(requestPartnership(join({ email: "KOUAME@orange.ci" }), "fr")).toEqual({ created: false });
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
    expect(templates).toEqual(["partner-request-received", "partner-accepted", "partner-sign-in"]);
  });

  it("a declined request made in someone's name does not keep its owner from asking", () => {
    expect(requestPartnership(join({ organisation: "Totally Bogus Ltd", email: "ceo@victim.example" }), "en")).toEqual({ created: true });
    const bogus = partnershipRequests("requested").find((r) => r.org.name === "Totally Bogus Ltd")!;
    expect(decidePartnership(bogus.org.id, "declined", staffId)).toBe(true);
    expect(requestPartnership(join({ organisation: "Victim Corp", email: "ceo@victim.example" }), "en")).toEqual({ created: true });
    expect(partnershipRequests("requested").find((r) => r.contact.email === "ceo@victim.example")!.org.name).toBe("Victim Corp");
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
    expect(requestPartnership(join({ ...typed, email: "victim@example.org" }), "en")).toEqual({ created: true });
    const request = partnershipRequests("requested").find((r) => r.contact.email === "victim@example.org")!;
    expect(decidePartnership(request.org.id, "declined", staffId)).toBe(true);
    const sent = db().select().from(outbox).where(eq(outbox.toAddress, "victim@example.org")).all();
    expect(sent.map((m) => m.template)).toEqual(["partner-request-received", "partner-declined"]);
    for (const mail of sent) {
      for (const words of Object.values(typed)) expect(mail.subject + mail.html + mail.text).not.toContain(words);
    }
  });
});
