import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { acceptedPartners, insertDeclaration, insertEvent, newStaffId, registrant } from "~/test-support/fixtures";
import { lastRegistrationToken, registrationStatuses } from "~/test-support/registration-fixtures";
import { databaseVersion, memoThroughRegistrations, memoUntilWrite } from "~/utils/data-version.server";
import { sqlite, write } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { releaseLapsedHolds, verifyRegistration } from "./registration-proof.server";
import { cancelRegistration, registerForEvent } from "./registrations.server";

/** The tables a registration's writes may change: the registration and what hangs on it (writeRegistrations). */
const REGISTRATION_TABLES = new Set([
  "registrations",
  "participation_types",
  "participation_invitations",
  "focal_point_delegate_decisions",
  "visa_letter_requests",
  "check_in_codes",
  "outbox",
  "email_requests",
  "sqlite_sequence",
]);

const allTables = () =>
  sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name").pluck().all() as string[];

/** Every other table's rows, as one digest per table. */
function everythingElse() {
  const tables = allTables();
  const digests: Record<string, string> = {};
  for (const t of tables.filter((name) => !REGISTRATION_TABLES.has(name))) {
    const rows = sqlite().prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all();
    digests[t] = crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  }
  return digests;
}

describe("registrations' writes keep what they cannot change", () => {
  it("a registration, its proof, its cancellation and a lapsed hold leave the endorsers, pledges and emissions kept, and change no other table", async () => {
    const sid = await newStaffId();
    acceptedPartners(sid, [{ organisation: "Kept Telecom", email: "lead@kept.example" }]);
    insertDeclaration({ slug: "kept-declaration" });
    const now = Date.now();
    // In person: a confirmed seat there comes with a check-in code.
    const event = insertEvent({ title: { en: "Kept meeting" }, format: "in-person", capacity: 1, delegatesNeedFocalPoint: true }, now);
    // The list names tables that exist: a misspelt one would let its real twin change unseen.
    expect(allTables()).toEqual(expect.arrayContaining([...REGISTRATION_TABLES]));
    let through = 0;
    let all = 0;
    const readThrough = () => memoThroughRegistrations("probe-through-registrations", () => ++through);
    const readAll = () => memoUntilWrite("probe-all-writes", () => ++all);
    expect([readThrough(), readAll()]).toEqual([1, 1]);
    const before = everythingElse();
    const version = databaseVersion();

    const register = (email: string, governmentDelegate = false) =>
      registerForEvent({ eventId: event.id, email, lang: "fr", details: { ...registrant(), governmentDelegate } }, now);
    expect(register("first@kept.example").outcome).toBe("registered");
    expect(register("second@kept.example", true).outcome).toBe("registered");
    expect(verifyRegistration(lastRegistrationToken("first@kept.example"), now)).toBe("proven");
    expect(cancelRegistration(lastRegistrationToken("first@kept.example"), now)).toBe("cancelled");
    expect(verifyRegistration(lastRegistrationToken("second@kept.example"), now)).toBe("proven");
    expect(register("third@kept.example").outcome).toBe("registered");
    expect(registrationStatuses(event.id)).toEqual(["first:cancelled", "second:pending", "third:held"]);
    expect(releaseLapsedHolds(now + env().SEAT_HOLD_MINUTES * 60_000)).toBe(1);

    // Every kept page and value that may show a registration is dropped as before…
    expect(databaseVersion()).not.toBe(version);
    expect(readAll()).toBe(2);
    // …while the endorsers, pledges and emissions are not put together again, and nothing they read moved.
    expect(readThrough()).toBe(1);
    expect(everythingElse()).toEqual(before);

    // Any other write drops them too.
    write((tx) => enqueueEmail(tx, { to: "amina@example.org", lang: "en", template: "staff-test", props: { name: "Amina", sentAt: "today" } }));
    expect(readThrough()).toBe(2);
    insertDeclaration({ slug: "another-declaration" });
    expect(readThrough()).toBe(3);
  });
});
