import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import {
  auditLog,
  certificates,
  endorsements,
  events,
  outbox,
  participationInvitations,
  participationTypes,
  registrations,
  visaLetterRequests,
} from "../../db/schema";
import type { Tx } from "~/utils/db.server";
import { quarantineDir, storeDir } from "./endorsement-letters.server";

/**
 * What the portal keeps of a person once their data must go (retention or erasure): the
 * registration row stays for the statistics (country, ITU region, organisation type, gender,
 * status, dates), every field that names or reaches the person is emptied, and the manage link
 * stops working. Unique keys get a value that names nothing. Passport details given for a visa
 * letter go entirely, a certificate keeps its code and event but no longer the name, and the log of
 * a focal point's decision about them keeps the decision but not the focal point's note.
 */
export function anonymiseRegistrations(tx: Tx, ids: number[], now: number) {
  if (ids.length === 0) return 0;
  tx.delete(visaLetterRequests).where(inArray(visaLetterRequests.registrationId, ids)).run();
  tx.update(certificates).set({ holderName: "" }).where(inArray(certificates.registrationId, ids)).run();
  // A focal point's note on their decision about the delegate may name them: the log keeps the decision, not the note.
  tx.update(auditLog)
    .set({ detail: sql`json_remove(${auditLog.detail}, '$.note')` })
    .where(and(eq(auditLog.entity, "registration"), inArray(auditLog.entityId, ids.map(String)), sql`json_type(${auditLog.detail}, '$.note') is not null`))
    .run();
  return tx
    .update(registrations)
    .set({
      firstName: "",
      lastName: "",
      email: "",
      organisation: "",
      jobTitle: "",
      accessibilityNeeds: null,
      emailKey: sql`'erased:' || ${registrations.id}`,
      tokenHash: sql`'erased:' || ${registrations.id}`,
      updatedAt: now,
    })
    .where(inArray(registrations.id, ids))
    .run().changes;
}

/** A registration whose personal fields are already gone. */
export const notYetAnonymised = ne(registrations.email, "");

/** Removes endorsements outright, with their letters (files are removed after the rows, by the caller). */
export function deleteEndorsements(tx: Tx, ids: number[]): string[] {
  if (ids.length === 0) return [];
  const files = tx
    .select({ f: endorsements.letterFile })
    .from(endorsements)
    .where(inArray(endorsements.id, ids))
    .all()
    .map((r) => r.f)
    .filter((f): f is string => !!f);
  tx.delete(endorsements).where(inArray(endorsements.id, ids)).run();
  return files;
}

/** From the store or from quarantine, wherever each one is. */
export function removeLetterFiles(files: string[]) {
  for (const f of files) {
    for (const dir of [storeDir(), quarantineDir()]) fs.rmSync(path.join(dir, path.basename(f)), { force: true });
  }
}

/** Registrations of events that ended before `endedBefore`, not yet anonymised. */
export function registrationsOfEventsEndedBefore(tx: Tx, endedBefore: number) {
  return tx
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(lt(events.endsAt, endedBefore), notYetAnonymised))
    .all()
    .map((r) => r.id);
}

export function cancelledRegistrationsBefore(tx: Tx, cancelledBefore: number) {
  return tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.status, "cancelled"), isNotNull(registrations.cancelledAt), lt(registrations.cancelledAt, cancelledBefore), notYetAnonymised))
    .all()
    .map((r) => r.id);
}

/** Rejected or withdrawn before the cut-off, and unverified ones whose link has expired. */
export function closedEndorsementsBefore(tx: Tx, closedBefore: number, now: number) {
  return tx
    .select({ id: endorsements.id })
    .from(endorsements)
    .where(
      or(
        and(eq(endorsements.status, "rejected"), lt(endorsements.reviewedAt, closedBefore)),
        and(eq(endorsements.status, "withdrawn"), lt(endorsements.withdrawnAt, closedBefore)),
        and(eq(endorsements.status, "unverified"), lt(endorsements.verifyExpiresAt, now)),
      ),
    )
    .all()
    .map((r) => r.id);
}

/** Bodies of delivered emails go; who, when, which template and the subject stay. */
export function dropDeliveredBodies(tx: Tx, sentBefore: number) {
  return tx
    .update(outbox)
    .set({ html: "", text: "", attachments: "[]" })
    .where(
      and(
        // Delivered, or given up on (kept no longer than a delivered one, counted from when it was written).
        or(and(eq(outbox.status, "sent"), lt(outbox.sentAt, sentBefore)), and(eq(outbox.status, "failed"), lt(outbox.createdAt, sentBefore))),
        or(ne(outbox.html, ""), ne(outbox.text, ""), ne(outbox.attachments, "[]")),
      ),
    )
    .run().changes;
}

/**
 * Invitations to participation types name a person: they go with the event's registrations
 * (retention), or with the person (erasure, by folded address). Returns how many went.
 */
export function deleteInvitations(tx: Tx, by: { eventsEndedBefore: number } | { emailKey: string }): number {
  const where =
    "emailKey" in by
      ? eq(participationInvitations.emailKey, by.emailKey)
      : inArray(
          participationInvitations.participationTypeId,
          tx
            .select({ id: participationTypes.id })
            .from(participationTypes)
            .innerJoin(events, eq(events.id, participationTypes.eventId))
            .where(lt(events.endsAt, by.eventsEndedBefore)),
        );
  return tx.delete(participationInvitations).where(where).run().changes;
}
