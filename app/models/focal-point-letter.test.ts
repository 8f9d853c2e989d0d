import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorsements } from "../../db/schema";
import { write } from "~/utils/db.server";
import { minimalPdf } from "~/utils/pdf";
import { storeDir } from "./endorsement-letters.server";
import { decideGovernmentEndorsement, endorsementsAwaitingFocalPoint, letterAwaitingFocalPoint } from "./focal-point-endorsements.server";
import { designateFocalPoint, focalPointsOf } from "./focal-points.server";
import { newStaffId } from "~/test-support/fixtures";
import { cop30Declaration as declaration, focalPointDetails as fp, pendingGovernmentEndorsement } from "~/test-support/focal-point-fixtures";

/** A ministry's endorsement waiting for its focal point, sent with a letter in the store. */
function withLetter(declarationId: number, country: string) {
  const e = pendingGovernmentEndorsement(declarationId, country);
  const file = `focal-${e.id}.pdf`;
  fs.mkdirSync(storeDir(), { recursive: true });
  fs.writeFileSync(path.join(storeDir(), file), minimalPdf());
  write((tx) => tx.update(endorsements).set({ letterFile: file }).where(eq(endorsements.id, e.id)).run());
  return e;
}

describe("the official letter of an endorsement waiting for a focal point", () => {
  it("is theirs to open while they decide, and no one else's", async () => {
    const sid = await newStaffId();
    const d = declaration();
    designateFocalPoint("UY", fp("UY", "focal@uy.example"), sid);
    designateFocalPoint("CL", fp("CL", "focal@cl.example"), sid);
    const uy = focalPointsOf("UY")[0]!;
    const sent = withLetter(d.id, "UY");
    const without = pendingGovernmentEndorsement(d.id, "UY");

    // The list says which of them came with a letter.
    const listed = endorsementsAwaitingFocalPoint("UY");
    expect(listed.find((e) => e.id === sent.id)?.hasLetter).toBeTruthy();
    expect(listed.find((e) => e.id === without.id)?.hasLetter).toBeFalsy();

    const letter = letterAwaitingFocalPoint("UY", sent.id);
    expect(letter?.name).toBe(`endorsement-${sent.id}-letter.pdf`);
    expect(fs.readFileSync(letter!.path).subarray(0, 5).toString()).toBe("%PDF-");
    // Another country's focal point, an endorsement sent without a letter, an unknown number.
    expect(letterAwaitingFocalPoint("CL", sent.id)).toBeNull();
    expect(letterAwaitingFocalPoint("UY", without.id)).toBeNull();
    expect(letterAwaitingFocalPoint("UY", 987_654)).toBeNull();
    // Once decided it has left the focal point's hands (the secretariat reviews it from there).
    expect(decideGovernmentEndorsement(uy, sent.id, "confirmed", null)).toBe("done");
    expect(letterAwaitingFocalPoint("UY", sent.id)).toBeNull();
  });
});
