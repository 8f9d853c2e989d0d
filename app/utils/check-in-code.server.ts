import crypto from "node:crypto";
import { portalSecret } from "./secret.server";
import { encodeCheckInCode } from "./check-in-code";

/**
 * A registration's check-in code: an HMAC of the row under the portal's secret, like the manage
 * link's token (tokens.server `linkToken`), so every email and the manage page show the same code
 * and the database holds none. 50 bits: guessing one is hopeless at the few tries a staff session
 * gets before it is locked (check-in.server).
 */
export function checkInCode(registrationId: number, issuedAt: number): string {
  const mac = crypto.createHmac("sha256", portalSecret()).update(`check-in\u0000${registrationId}:${issuedAt}`).digest();
  return encodeCheckInCode(mac);
}
