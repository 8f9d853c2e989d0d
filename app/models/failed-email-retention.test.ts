import { describe, expect, it } from "vitest";
import { outbox } from "../../db/schema";
import { db, write } from "~/utils/db.server";
import { deliverDue } from "~/utils/outbox-delivery.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { dropDeliveredBodies } from "./personal-data.server";

const MINUTE = 60_000;
const rows = () => db().select().from(outbox).all();

describe("an email given up on", () => {
  it("a message given up on keeps no live link, and its body goes after RETAIN_EMAIL_BODIES_DAYS as a sent one's does", async () => {
    const broken = { send: async () => Promise.reject(new Error("connection refused")), close() {} };
    write((tx) =>
      enqueueEmail(tx, {
        to: "lost@example.org",
        lang: "en",
        template: "registration-verify",
        props: { eventTitle: "W", manageUrl: "http://localhost:3000/en/registrations/" + "a".repeat(43) },
      }),
    );
    await deliverDue(broken, () => Date.now() + 25 * 60 * MINUTE);
    const row = rows()[0]!;
    expect(row.status).toBe("failed");
    expect(row.text).not.toContain("a".repeat(43));
    expect(write((tx) => dropDeliveredBodies(tx, Date.now() + 1))).toBe(1);
    expect(rows()[0]).toMatchObject({ status: "failed", html: "", text: "", attachments: "[]" });
  });
});
