import { eq } from "drizzle-orm";
import { registrations } from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { hashToken } from "~/utils/tokens.server";

/** The registration a manage link's token names (stored by its hash only), read inside the caller's transaction. */
export function registrationOfToken(tx: Tx, token: string) {
  return tx
    .select()
    .from(registrations)
    .where(eq(registrations.tokenHash, hashToken(token)))
    .get();
}

/** Changes one registration's row, stamping the change; the row as it now stands. */
export function updateRegistrationRow(tx: Tx, id: number, values: Partial<typeof registrations.$inferInsert>, now: number) {
  return tx
    .update(registrations)
    .set({ ...values, updatedAt: now })
    .where(eq(registrations.id, id))
    .returning()
    .get();
}
