import { describe, expect, it } from "vitest";
import { acceptedPartners, newStaffId } from "~/test-support/fixtures";
import { focalPointDetails as fp } from "~/test-support/focal-point-fixtures";
import { databaseVersion, memoUntilWrite } from "~/utils/data-version.server";
import { write } from "~/utils/db.server";
import { fileMailer } from "~/utils/mailer.server";
import { deliverDue } from "~/utils/outbox-delivery.server";
import { askedFrom, enqueueEmail } from "~/utils/outbox.server";
import { designateFocalPoint, sendFocalPointLink } from "./focal-points.server";
import { sendSignInLink } from "./partners.server";
import { confirmPartnershipRequest, requestPartnership } from "./partner-requests.server";
import { requestPasswordReset } from "./staff-accounts.server";

describe("writes no reader sees", () => {
  it("keep what is kept until a write: sign-in requests, known address or not, and emails delivered; a content write still drops it", async () => {
    const sid = await newStaffId();
    acceptedPartners(sid, [{ organisation: "Unseen Telecom", email: "lead@unseen.example" }]);
    designateFocalPoint("NE", fp("NE", "focal@ne.example"), sid);
    await deliverDue(fileMailer(process.env.MAIL_DIR!));
    let computed = 0;
    const read = () => memoUntilWrite("unseen-probe", () => ++computed);
    expect(read()).toBe(1);
    const version = databaseVersion();

    // Anyone may send these forms: a known address and an unknown one leave the same trace, none.
    askedFrom("198.51.100.7", () => {
      expect(sendSignInLink("lead@unseen.example", "en")).toBe(true);
      expect(sendSignInLink("nobody@unseen.example", "en")).toBe(false);
      sendFocalPointLink("focal@ne.example");
      sendFocalPointLink("nobody@ne.example");
      requestPasswordReset("nobody@itu.int");
      // A request to join, and its confirmation: no public page shows a request before it is accepted.
      const { token } = requestPartnership(
        { organisation: "Asking Ltd", type: "academia", country: "NE", website: null, motivation: null, name: "A", email: "ask@asking.example" },
        "fr",
      );
      expect(confirmPartnershipRequest(token!)).toBe("confirmed");
    });
    expect(await deliverDue(fileMailer(process.env.MAIL_DIR!))).toBe(3);
    expect(databaseVersion()).toBe(version);
    expect(read()).toBe(1);

    write((tx) => enqueueEmail(tx, { to: "amina@example.org", lang: "en", template: "staff-test", props: { name: "Amina", sentAt: "today" } }));
    expect(databaseVersion()).not.toBe(version);
    expect(read()).toBe(2);
  });
});
