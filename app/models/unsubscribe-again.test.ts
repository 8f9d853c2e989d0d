import { describe, expect, it } from "vitest";
import { outbox, workingGroups } from "../../db/schema";
import { seedContent } from "../../db/seed/index";
import { acceptedPartners, newStaffId } from "~/test-support/fixtures";
import { databaseVersion } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { appointCoLead } from "./working-group-desk.server";
import { postUpdate, unsubscribeByToken } from "./working-group-reporting.server";

describe("a working group's unsubscribe link", () => {
  it("used again, answers the same and writes nothing: a loop of posts cannot drop every kept page", async () => {
    seedContent({ examples: false });
    const sid = await newStaffId("admin");
    const { orgId } = acceptedPartners(sid, [{ organisation: "Quiet Org", email: "quiet@org.example" }])["quiet@org.example"]!;
    const group = db().select().from(workingGroups).all()[0]!;
    appointCoLead(group.id, orgId, sid);
    postUpdate(group.id, { title: "News", body: "Nothing new.", lang: "en" }, { kind: "staff", staffUserId: sid });
    const mail = db()
      .select()
      .from(outbox)
      .all()
      .find((m) => m.toAddress === "quiet@org.example" && m.template === "wg-update")!;
    const token = /working-groups\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;

    expect(unsubscribeByToken(token)).toBe(true);
    const version = databaseVersion();
    expect(unsubscribeByToken(token)).toBe(true);
    expect(databaseVersion()).toBe(version);
  });
});
