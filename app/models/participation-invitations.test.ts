import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox, registrations } from "../../db/schema";
import { insertEvent, invitationOnlyType, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { inviteToType } from "./participation-invitations.server";
import { typesOfEvent } from "./participation-types.server";
import { registerForEvent } from "./registrations.server";
import { createStaffUser } from "./staff.server";

const now = Date.now();
const details = registrant();
const makeEvent = () => insertEvent({ title: { en: "Typed workshop" }, format: "hybrid", capacity: 5, venue: { en: "Geneva" } }, now);
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;
const rowsOf = (eventId: number) =>
  db().select({ email: registrations.email, status: registrations.status }).from(registrations).where(eq(registrations.eventId, eventId)).all();

let staffId = 0;
beforeAll(async () => {
  staffId = (await createStaffUser({ email: "invitations-desk@itu.int", name: "Invitations desk", role: "editor", password: "a long invitations password" }))
    .id;
});

describe("an invitation tied to an address", () => {
  it("registers the address it was sent to, not another spelling typed into the form that folds to the same key", () => {
    const e = makeEvent();
    const speaker = invitationOnlyType(e.id, staffId);
    inviteToType(e.id, speaker.id, [{ email: "keynote@x.org", name: "Keynote", lang: "en" }], staffId);
    const token = tokenIn(mails("keynote@x.org").find((m) => m.template === "participation-invitation")!.text, "invitation");
    expect(registerForEvent({ eventId: e.id, email: "Keynote+elsewhere@X.org", lang: "en", details, invitationToken: token }).outcome).toBe("registered");
    expect(rowsOf(e.id).map((r) => [r.email, r.status])).toEqual([["keynote@x.org", "confirmed"]]);
    expect(mails("Keynote+elsewhere@X.org")).toHaveLength(0);
    expect(mails("keynote@x.org").map((m) => m.template)).toContain("registration-confirmed");
  });

  it("replaces what a stranger registered first under the same address, unproven: the invitee's details, type and seat", () => {
    const e = makeEvent();
    const speaker = invitationOnlyType(e.id, staffId);
    inviteToType(e.id, speaker.id, [{ email: "invitee@x.org", name: "Invitee", lang: "en" }], staffId);
    const token = tokenIn(mails("invitee@x.org").find((m) => m.template === "participation-invitation")!.text, "invitation");
    // A stranger registers the same address first, as they spell it, under a name of their own, in a public type.
    const planted = { ...details, firstName: "Squatter", organisation: "Evil Org" };
    const open = typesOfEvent(e.id).find((t) => !t.invitationOnly)!;
    expect(registerForEvent({ eventId: e.id, email: "invitee+sq@x.org", lang: "en", details: planted, participationTypeId: open.id }, now).outcome).toBe(
      "registered",
    );
    expect(registerForEvent({ eventId: e.id, email: "invitee@x.org", lang: "en", details, invitationToken: token }, now + 1000).outcome).toBe("registered");
    const row = db().select().from(registrations).where(eq(registrations.eventId, e.id)).get()!;
    expect(row).toMatchObject({
      email: "invitee@x.org",
      status: "confirmed",
      addressProven: true,
      participationTypeId: speaker.id,
      firstName: details.firstName,
    });
    expect(rowsOf(e.id)).toHaveLength(1);
  });
});
