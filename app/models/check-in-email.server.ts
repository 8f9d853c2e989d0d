import type { events, registrations } from "../../db/schema";
import { groupCheckInCode } from "~/utils/check-in-code";
import { qrPng } from "~/utils/qr.server";
import type { Tx } from "~/utils/db.server";
import { carriesCheckInCode, issueCheckInCode } from "./check-in.server";

/**
 * The emails that hand a confirmed registrant their seat, remind them of it, or give its current details
 * after a change (an event on again after its cancellation, a new room or day), carry the code.
 */
const CARRY = new Set(["registration-confirmed", "registration-promoted", "registration-link", "registration-reminder", "event-changed"]);
const CID = "check-in-code@gda";

/**
 * What an email to a registrant adds for check-in: the code as text and its QR image as an inline
 * PNG (email shows no SVG). Empty when the registration holds no confirmed seat in the room, or the
 * event is cancelled (its page shows no code either).
 */
export function checkInForEmail(tx: Tx, template: string, reg: typeof registrations.$inferSelect, event: Pick<typeof events.$inferSelect, "status">) {
  if (!CARRY.has(template) || event.status === "cancelled" || !carriesCheckInCode(reg)) return { props: {}, attachments: [] };
  const code = groupCheckInCode(issueCheckInCode(tx, reg));
  return {
    props: { checkInCode: code, checkInCid: CID },
    attachments: [{ filename: "check-in.png", contentType: "image/png", content: qrPng(code).toString("base64"), encoding: "base64" as const, cid: CID }],
  };
}
