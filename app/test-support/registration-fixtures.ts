import { eq } from "drizzle-orm";
import { outbox, registrations } from "../../db/schema";
import { db } from "~/utils/db.server";

/** The emails queued for an address, oldest first. */
export const mailsTo = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();

/** The registration link in the last email to an address. */
export const lastRegistrationToken = (to: string) => /\/registrations\/([A-Za-z0-9_-]{43})/.exec(mailsTo(to).at(-1)!.text)![1]!;

/** An event's registrations as "local-part:status", in the order they came. */
export const registrationStatuses = (eventId: number) =>
  db()
    .select({ email: registrations.email, status: registrations.status })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .orderBy(registrations.id)
    .all()
    .map((r) => `${r.email.split("@")[0]}:${r.status}`);
