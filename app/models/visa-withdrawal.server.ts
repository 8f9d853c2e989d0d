import { eq } from "drizzle-orm";
import { visaLetterRequests } from "../../db/schema";
import type { Tx } from "~/utils/db.server";

/**
 * One who gives up their place in the room no longer needs a visa support letter: the request and
 * its passport details go in the same transaction as the cancellation or the move online, instead
 * of waiting in the secretariat's queue (where refusing it would write to someone who has left)
 * and in the database until 30 days after the event. A letter already sent is not recalled.
 */
export function withdrawVisaRequest(tx: Tx, registrationId: number): number {
  return tx.delete(visaLetterRequests).where(eq(visaLetterRequests.registrationId, registrationId)).run().changes;
}
