import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../db/schema";
import { acceptedPartners, newStaffId } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { designateFocalPoint, FOCAL_POINT_LINK_TTL_MS, sendFocalPointLink } from "./focal-points.server";
import { redeemSignInLink, sendSignInLink, SIGN_IN_TTL_MS } from "./partners.server";
import { focalPointDetails } from "~/test-support/focal-point-fixtures";

const MINUTE = 60_000;
// The sign-in emails alone (the secretariat's acceptance or designation went first, outside the cap).
const mails = (to: string) =>
  db()
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .all()
    .filter((m) => m.template.endsWith("sign-in"));

beforeAll(async () => {
  acceptedPartners(await newStaffId(), [{ organisation: "Opérateur Cible", email: "owner@target.example" }]);
  designateFocalPoint("GH", focalPointDetails("GH", "focal@gh.example"), await newStaffId());
});

describe("a stranger asking again and again for someone's sign-in link", () => {
  it("cannot leave a partner without a working link: past the hourly cap, one more goes each time the last has expired", () => {
    // Two hours on: the partnership request the fixture made is out of the mailbox's hour.
    const start = Date.now() + 2 * 3_600_000;
    const cap = env().MAX_EMAILS_PER_ADDRESS_PER_HOUR;
    for (let i = 0; i < cap + 3; i++) sendSignInLink("owner@target.example", "en", start + i * 1000);
    expect(mails("owner@target.example")).toHaveLength(cap);
    // Within the last link's lifetime: nothing more (the owner has a working link in their inbox).
    sendSignInLink("owner@target.example", "en", start + 5 * MINUTE);
    expect(mails("owner@target.example")).toHaveLength(cap);
    // The owner asks once it has expired, still within the hour: a new link goes, and works.
    const later = start + SIGN_IN_TTL_MS + 2 * MINUTE;
    sendSignInLink("owner@target.example", "en", later);
    const sent = mails("owner@target.example");
    expect(sent).toHaveLength(cap + 1);
    const token = /partners\/sign-in\/([\w-]{43})/.exec(sent.at(-1)!.text)![1]!;
    expect(redeemSignInLink(token, later + MINUTE).ok).toBe(true);
    // And the mailbox is not flooded: the next one waits for that link to outlive its lifetime too.
    sendSignInLink("owner@target.example", "en", later + MINUTE);
    expect(mails("owner@target.example")).toHaveLength(cap + 1);
  });

  it("cannot leave a focal point without one either", () => {
    // Two hours on: the partnership request the fixture made is out of the mailbox's hour.
    const start = Date.now() + 2 * 3_600_000;
    const cap = env().MAX_EMAILS_PER_ADDRESS_PER_HOUR;
    for (let i = 0; i < cap + 2; i++) sendFocalPointLink("focal@gh.example", start + i * 1000);
    expect(mails("focal@gh.example")).toHaveLength(cap);
    expect(sendFocalPointLink("focal@gh.example", start + FOCAL_POINT_LINK_TTL_MS + MINUTE)).toBe(true);
    expect(mails("focal@gh.example")).toHaveLength(cap + 1);
  });
});
