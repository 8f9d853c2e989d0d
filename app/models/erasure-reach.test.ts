import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, endorsements, focalPoints, outbox, participationInvitations, partnerUsers, registrations } from "../../db/schema";
import { acceptedPartners, endorsementOf, insertDeclaration, insertEvent, invitationOnlyType, newStaffId, registrant } from "~/test-support/fixtures";
import { focalPointDetails as fp } from "~/test-support/focal-point-fixtures";
import { lastRegistrationToken, mailsTo } from "~/test-support/registration-fixtures";
import { db, write } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { eraseOwnRegistration, erasePerson } from "./erasure.server";
import { designateFocalPoint, focalPointsOf, removeFocalPoint } from "./focal-points.server";
import { inviteToType } from "./participation-invitations.server";
import { verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

const everything = () =>
  JSON.stringify([
    db().select().from(registrations).all(),
    db().select().from(outbox).all(),
    db().select().from(focalPoints).all(),
    db().select().from(auditLog).all(),
  ]);

function provenRegistration(eventId: number, email: string) {
  registerForEvent({ eventId, email, lang: "en", details: registrant({ firstName: "Jane", lastName: "Spelling" }) });
  expect(verifyRegistration(lastRegistrationToken(email))).toBe("proven");
  return db().select().from(registrations).where(eq(registrations.email, email)).get()!;
}

describe("erasing a person reaches every spelling and record of them", () => {
  it("the +tag spelling's registration and emails, and a focal point's record and its log", async () => {
    const sid = await newStaffId("admin");
    const event = insertEvent({ capacity: 10 });
    provenRegistration(event.id, "jane.doe+gda@gmail.com");
    expect(mailsTo("jane.doe+gda@gmail.com").length).toBeGreaterThan(0);
    designateFocalPoint("TG", { ...fp("TG", "JaneDoe@gmail.com"), name: "Jane Doe" }, sid);
    removeFocalPoint("TG", focalPointsOf("TG")[0]!.id, sid);

    const counts = erasePerson("janedoe@gmail.com", sid);
    expect(counts).toMatchObject({ registrations: 1, focalPoints: 1 });
    expect(everything()).not.toMatch(/jane\.?doe|Jane Doe|Spelling/i);
  });

  it("the same mailbox at another of its provider's domains: googlemail.com is gmail.com, pm.me is proton.me", async () => {
    const sid = await newStaffId("admin");
    const declaration = insertDeclaration();
    endorsementOf(declaration.id, { country: "FR", organisation: "Doe Consulting" });
    const endorsement = db().select().from(endorsements).all().at(-1)!;
    write((tx) =>
      tx.update(endorsements).set({ email: "Jane.Doe@GoogleMail.com", representativeName: "Jane Doe" }).where(eq(endorsements.id, endorsement.id)).run(),
    );
    acceptedPartners(sid, [{ organisation: "Doe Partners", email: "jane.doe+work@googlemail.com", name: "Jane Doe" }]);
    write((tx) => enqueueEmail(tx, { to: "jane_doe@pm.me", lang: "en", template: "staff-test", props: { name: "Jane Doe", sentAt: "today" } }));

    erasePerson("janedoe@gmail.com", sid);
    erasePerson("janedoe@proton.me", sid);
    expect(JSON.stringify([db().select().from(endorsements).all(), db().select().from(partnerUsers).all(), db().select().from(outbox).all()])).not.toMatch(
      /jane[._]?doe|Jane Doe/i,
    );
  });

  it("by the registrant: every email about the registration (a certificate's too) and their invitation go", async () => {
    const sid = await newStaffId("editor");
    const event = insertEvent({ capacity: 10 });
    const type = invitationOnlyType(event.id, sid);
    inviteToType(event.id, type.id, [{ email: "karl@example.org", name: "Karl Certholder", lang: "en" }], sid);
    const reg = provenRegistration(event.id, "karl@example.org");
    const token = lastRegistrationToken("karl@example.org");
    // An email with no manage link in it, as a certificate's is.
    write((tx) =>
      enqueueEmail(tx, { to: reg.email, lang: "en", template: "staff-test", registrationId: reg.id, props: { name: "Karl Certholder", sentAt: "today" } }),
    );
    expect(eraseOwnRegistration(token)).toBe(true);
    expect(JSON.stringify(db().select().from(outbox).all())).not.toContain("Karl");
    expect(db().select().from(participationInvitations).where(eq(participationInvitations.emailKey, "karl@example.org")).all()).toEqual([]);
  });

  it("a cancelled registration takes the outbox's copy of its visa letter with it", () => {
    const event = insertEvent({ capacity: 10 });
    const reg = provenRegistration(event.id, "vera@example.org");
    const token = lastRegistrationToken("vera@example.org");
    write((tx) =>
      tx
        .insert(outbox)
        .values({
          messageId: "<visa-copy@test>",
          template: "visa-letter-approved",
          lang: "en",
          toAddress: reg.email,
          subject: "Visa support letter",
          html: "PASS12345X",
          text: "PASS12345X",
          registrationId: reg.id,
          nextAttemptAt: Date.now(),
          createdAt: Date.now(),
        })
        .run(),
    );
    expect(cancelRegistration(token)).toBe("cancelled");
    expect(JSON.stringify(db().select().from(outbox).all())).not.toContain("PASS12345X");
  });
});
