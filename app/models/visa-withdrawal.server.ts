import { and, eq, inArray } from "drizzle-orm";
import { outbox, visaLetterRequests } from "../../db/schema";
import type { Tx } from "~/utils/db.server";

/**
 * One who gives up their place in the room no longer needs a visa support letter: the request and
 * its passport details go in the same transaction as the cancellation or the move online, instead
 * of waiting in the secretariat's queue (where refusing it would write to someone who has left)
 * and in the database until 30 days after the event. A letter already sent is not recalled, but
 * the outbox's copy of it (a PDF with the passport details) goes too, sent or not.
 */
export function withdrawVisaRequest(tx: Tx, registrationId: number): number {
  tx.delete(outbox)
    .where(and(eq(outbox.registrationId, registrationId), inArray(outbox.template, ["visa-letter-approved", "visa-letter-refused"])))
    .run();
  return tx.delete(visaLetterRequests).where(eq(visaLetterRequests.registrationId, registrationId)).run().changes;
}
