import { and, eq, inArray, like, ne, or, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import {
  auditLog,
  endorsements,
  events,
  focalPoints,
  focalPointSessions,
  focalPointSignInTokens,
  outbox,
  participationInvitations,
  participationTypes,
  partnerUsers,
  registrations,
} from "../../db/schema";
import { mailboxDomains, mailboxKey } from "~/utils/mailbox";
import type { Tx } from "~/utils/db.server";
import { hashToken, unusableTokenHash } from "~/utils/tokens.server";
import { write } from "~/utils/db.server";
import { registrationOfToken } from "./registration-rows.server";
import { recordChange } from "./audit.server";
import { anonymiseRegistrations, deleteEndorsements, deleteInvitations, removeLetterFiles } from "./personal-data.server";
import { emailKey, promoteFromWaitingList } from "./registrations.server";

export type ErasureCounts = { registrations: number; endorsements: number; partnerPeople: number; focalPoints: number; emails: number };

/**
 * The ids of a table's rows whose address is this mailbox in any spelling ("Jane.Doe+gda@…" for
 * "janedoe@…" at Gmail): read by the address's domain, folded here as registrations fold theirs.
 */
function idsOfMailbox(tx: Tx, table: SQLiteTable, id: SQLiteColumn, email: SQLiteColumn, address: string): number[] {
  const key = mailboxKey(address);
  // Every domain the mailbox is written with: "jane.doe@googlemail.com" is "janedoe@gmail.com".
  const domains = mailboxDomains(address).map((domain) => like(email, `%@${domain.replace(/[%_\\]/g, "")}`));
  return tx
    .select({ id, address: email })
    .from(table)
    .where(or(...domains))
    .all()
    .filter((r) => r.address !== "" && mailboxKey(String(r.address)) === key)
    .map((r) => Number(r.id));
}

/** A focal point's records keep no name or address: their designation ends, and the log of it names nobody. */
function eraseFocalPoints(tx: Tx, address: string, now: number): number {
  const ids = idsOfMailbox(tx, focalPoints, focalPoints.id, focalPoints.email, address);
  for (const id of ids) {
    tx.update(focalPoints)
      .set({ name: "", title: "", office: "", email: `erased-${id}`, active: false, updatedAt: now })
      .where(eq(focalPoints.id, id))
      .run();
  }
  if (ids.length) {
    tx.delete(focalPointSessions).where(inArray(focalPointSessions.focalPointId, ids)).run();
    tx.delete(focalPointSignInTokens).where(inArray(focalPointSignInTokens.focalPointId, ids)).run();
    // Designations logged before the log kept ids only.
    tx.update(auditLog)
      .set({ detail: sql`json_remove(${auditLog.detail}, '$.name', '$.title', '$.office', '$.email')` })
      .where(and(eq(auditLog.entity, "focal-point"), inArray(auditLog.entityId, ids.map(String))))
      .run();
  }
  return ids.length;
}

/**
 * Erases one person, found by email address, everywhere the portal holds them: registrations keep
 * only their statistics, an organisation's approved endorsement stays public without the person's
 * name, title or address (any other endorsement goes with its letter), the partner person goes
 * (their sessions and links with them), and every email to the address leaves the outbox. The
 * audit log records that an erasure happened and how many records it touched, never who.
 */
export function erasePerson(email: string, staffUserId: number | null, now = Date.now()): ErasureCounts {
  const address = email.trim().toLowerCase();
  const { counts, files } = write((tx) => {
    const regs = tx
      .select({ id: registrations.id, eventId: registrations.eventId, status: registrations.status })
      .from(registrations)
      .where(and(or(eq(registrations.emailKey, emailKey(address)), eq(sql`lower(${registrations.email})`, address)), ne(registrations.email, "")))
      .all();
    // A confirmed or held seat is freed for the waiting list, as a cancellation would.
    const held = regs.filter((r) => ["confirmed", "held", "waiting", "pending", "unverified"].includes(r.status));
    if (held.length) {
      tx.update(registrations)
        .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
        .where(
          inArray(
            registrations.id,
            held.map((r) => r.id),
          ),
        )
        .run();
    }
    const regCount = anonymiseRegistrations(
      tx,
      regs.map((r) => r.id),
      now,
    );
    for (const eventId of new Set(regs.filter((r) => r.status === "confirmed" || r.status === "held").map((r) => r.eventId))) {
      if (tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get()) promoteFromWaitingList(tx, eventId, now);
    }

    const endorsementIds = idsOfMailbox(tx, endorsements, endorsements.id, endorsements.email, address);
    const theirs = tx.select({ id: endorsements.id, status: endorsements.status }).from(endorsements).where(inArray(endorsements.id, endorsementIds)).all();
    const approved = theirs.filter((e) => e.status === "approved").map((e) => e.id);
    for (const id of approved) {
      tx.update(endorsements)
        .set({ representativeName: "", representativeTitle: "", email: "", verifyTokenHash: null, manageTokenHash: unusableTokenHash() })
        .where(eq(endorsements.id, id))
        .run();
    }
    const files = deleteEndorsements(
      tx,
      theirs.filter((e) => e.status !== "approved").map((e) => e.id),
    );

    // An invitation names the person too: it goes with them.
    deleteInvitations(tx, { emailKey: emailKey(address) });
    // A partner person by their mailbox too, in any spelling, as everything else here.
    const people = tx
      .delete(partnerUsers)
      .where(inArray(partnerUsers.id, idsOfMailbox(tx, partnerUsers, partnerUsers.id, partnerUsers.email, address)))
      .run().changes;
    const fps = eraseFocalPoints(tx, address, now);
    // Every email to the mailbox in any spelling, and any about their registrations.
    const toThem = idsOfMailbox(tx, outbox, outbox.id, outbox.toAddress, address);
    const emails = tx
      .delete(outbox)
      .where(
        or(
          inArray(outbox.id, toThem),
          inArray(
            outbox.registrationId,
            regs.map((r) => r.id),
          ),
        ),
      )
      .run().changes;
    const counts: ErasureCounts = { registrations: regCount, endorsements: theirs.length, partnerPeople: people, focalPoints: fps, emails };
    recordChange(tx, { staffUserId: staffUserId ?? undefined, action: "person-erased", entity: "personal-data", entityId: "-", detail: counts });
    return { counts, files };
  });
  removeLetterFiles(files);
  return counts;
}

/** A registrant deletes their own registration and data from their manage page. */
export function eraseOwnRegistration(token: string, now = Date.now()): boolean {
  return write((tx) => {
    const reg = registrationOfToken(tx, token);
    if (!reg || reg.email === "") return false;
    if (reg.status !== "cancelled" && reg.status !== "rejected") {
      tx.update(registrations).set({ status: "cancelled", cancelledAt: now, updatedAt: now }).where(eq(registrations.id, reg.id)).run();
    }
    anonymiseRegistrations(tx, [reg.id], now);
    // The emails about this registration (its certificate, a visa letter among them); those written
    // before emails named their registration are found by its manage link: queued ones carry it,
    // sent ones its hash (withLinksSpent in outbox-delivery.server.ts).
    tx.delete(outbox)
      .where(
        or(
          eq(outbox.registrationId, reg.id),
          and(
            eq(sql`lower(${outbox.toAddress})`, reg.email.toLowerCase()),
            sql`(${outbox.text} like ${`%${token}%`} or ${outbox.text} like ${`%${hashToken(token)}%`})`,
          ),
        ),
      )
      .run();
    // An invitation to this event names them too, and so does the email that brought it.
    const event = tx.select({ slug: events.slug }).from(events).where(eq(events.id, reg.eventId)).get();
    if (event) {
      tx.delete(outbox)
        .where(
          and(
            eq(sql`lower(${outbox.toAddress})`, reg.email.toLowerCase()),
            eq(outbox.template, "participation-invitation"),
            like(outbox.text, `%/events/${event.slug}/invitation/%`),
          ),
        )
        .run();
    }
    tx.delete(participationInvitations)
      .where(
        and(
          eq(participationInvitations.emailKey, reg.emailKey),
          inArray(
            participationInvitations.participationTypeId,
            tx.select({ id: participationTypes.id }).from(participationTypes).where(eq(participationTypes.eventId, reg.eventId)),
          ),
        ),
      )
      .run();
    if (reg.status === "confirmed" || reg.status === "held") promoteFromWaitingList(tx, reg.eventId, now);
    recordChange(tx, { action: "registration-erased-by-registrant", entity: "event", entityId: reg.eventId, detail: {} });
    return true;
  });
}
