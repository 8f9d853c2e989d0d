import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { registrations } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { linkToken } from "~/utils/tokens.server";
import { checkIn, issueCheckInCode } from "./check-in.server";
import { decideDelegate } from "./focal-point-delegates.server";
import { decideRegistration } from "./registrant-desk.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { verifyRegistration } from "./registration-proof.server";
import { updateRegistrantDetails } from "./registrant-details.server";
import { registerForEvent } from "./registrations.server";
import { insertEvent, newStaffId, registrant } from "~/test-support/fixtures";
import { delegateDetails, focalPointDetails } from "~/test-support/focal-point-fixtures";

const rowOf = (email: string) => db().select().from(registrations).where(eq(registrations.email, email)).get()!;
const tokenOf = (email: string) => {
  const r = rowOf(email);
  return linkToken("registration", r.id, r.createdAt);
};
function proven(eventId: number, email: string, details = registrant()) {
  registerForEvent({ eventId, email, lang: "en", details });
  expect(verifyRegistration(tokenOf(email))).toBe("proven");
  return rowOf(email).id;
}

describe("a registrant's name once someone has approved them by it, or checked them in", () => {
  it("is fixed after the secretariat's approval; before it, and the other details after it, may change", async () => {
    const event = insertEvent({ capacity: 10, requiresApproval: true });
    const id = proven(event.id, "approved@desk.example");
    // Still awaiting the secretariat: a misspelt name may be corrected.
    expect(updateRegistrantDetails(tokenOf("approved@desk.example"), registrant({ firstName: "Aminata" }))).toBe("updated");
    decideRegistration(event.id, id, "approve", await newStaffId());
    expect(rowOf("approved@desk.example").status).toBe("confirmed");
    // Approved as Aminata Diallo: another name would be another person in an approved seat.
    expect(updateRegistrantDetails(tokenOf("approved@desk.example"), registrant({ firstName: "Someone", lastName: "Else" }))).toBe("name-fixed");
    expect(rowOf("approved@desk.example")).toMatchObject({ firstName: "Aminata", lastName: "Diallo" });
    expect(updateRegistrantDetails(tokenOf("approved@desk.example"), registrant({ firstName: "Aminata", jobTitle: "Director" }))).toBe("updated");
    expect(rowOf("approved@desk.example").jobTitle).toBe("Director");
  });

  it("is fixed after the focal point's approval of a government's delegate", async () => {
    designateFocalPoint("BJ", focalPointDetails("BJ", "focal@bj.example"), await newStaffId());
    const event = insertEvent({ capacity: 10, requiresApproval: false, delegatesNeedFocalPoint: true });
    const details = { ...delegateDetails("BJ"), governmentDelegate: true };
    const id = proven(event.id, "delegate@bj.example", details);
    expect(decideDelegate(focalPointsOf("BJ")[0]!, id, "approve", null)).toBe("done");
    expect(updateRegistrantDetails(tokenOf("delegate@bj.example"), { ...details, lastName: "Substitute" })).toBe("name-fixed");
    expect(rowOf("delegate@bj.example").lastName).toBe("D");
  });

  it("is fixed once they are checked in at the door: the certificate of attendance names who came", async () => {
    const event = insertEvent({ capacity: 10, requiresApproval: false, format: "in-person", venue: { en: "Geneva" } });
    const id = proven(event.id, "came@door.example");
    const { firstName, lastName } = rowOf("came@door.example");
    const code = write((tx) => issueCheckInCode(tx, rowOf("came@door.example")));
    const desk = await newStaffId();
    expect(checkIn({ eventId: event.id, typed: code, staffUserId: desk, guessKey: "door" }, event.startsAt + 60_000)).toMatchObject({ outcome: "checked-in" });
    expect(updateRegistrantDetails(tokenOf("came@door.example"), registrant({ firstName: "Bob", lastName: "Impostor" }))).toBe("name-attended");
    expect(rowOf("came@door.example")).toMatchObject({ id, firstName, lastName });
    expect(updateRegistrantDetails(tokenOf("came@door.example"), registrant({ jobTitle: "Head of Unit" }))).toBe("updated");
  });

  it("may change at an event nobody approves registrations for", () => {
    const event = insertEvent({ capacity: 10, requiresApproval: false });
    proven(event.id, "open@desk.example");
    expect(updateRegistrantDetails(tokenOf("open@desk.example"), registrant({ lastName: "Diallo-Ndiaye" }))).toBe("updated");
    expect(rowOf("open@desk.example").lastName).toBe("Diallo-Ndiaye");
  });
});
