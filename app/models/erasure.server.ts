import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { endorsements, events, outbox, partnerUsers, registrations } from "../../db/schema";
import { hashToken, unusableTokenHash } from "~/utils/tokens.server";
import { write } from "~/utils/db.server";
import { registrationOfToken } from "./registration-rows.server";
import { recordChange } from "./audit.server";
import { anonymiseRegistrations, deleteEndorsements, deleteInvitations, removeLetterFiles } from "./personal-data.server";
import { emailKey, promoteFromWaitingList } from "./registrations.server";

export type ErasureCounts = { registrations: number; endorsements: number; partnerPeople: number; emails: number };

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

    const theirs = tx
      .select({ id: endorsements.id, status: endorsements.status })
      .from(endorsements)
      .where(eq(sql`lower(${endorsements.email})`, address))
      .all();
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
    const people = tx
      .delete(partnerUsers)
      .where(eq(sql`lower(${partnerUsers.email})`, address))
      .run().changes;
    const emails = tx
      .delete(outbox)
      .where(eq(sql`lower(${outbox.toAddress})`, address))
      .run().changes;
    const counts: ErasureCounts = { registrations: regCount, endorsements: theirs.length, partnerPeople: people, emails };
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
    // The emails about this registration: queued ones carry its manage link, sent ones its hash
    // (withLinksSpent in outbox-delivery.server.ts).
    tx.delete(outbox)
      .where(
        and(
          eq(sql`lower(${outbox.toAddress})`, reg.email.toLowerCase()),
          sql`(${outbox.text} like ${`%${token}%`} or ${outbox.text} like ${`%${hashToken(token)}%`})`,
        ),
      )
      .run();
    if (reg.status === "confirmed" || reg.status === "held") promoteFromWaitingList(tx, reg.eventId, now);
    recordChange(tx, { action: "registration-erased-by-registrant", entity: "event", entityId: reg.eventId, detail: {} });
    return true;
  });
}
