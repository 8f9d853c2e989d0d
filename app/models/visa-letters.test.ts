import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, registrations } from "../../db/schema";
import { pdfLines } from "../../tests/e2e/support/pdf";
import { db, write } from "~/utils/db.server";
import { DAY, event, mails, now, passport, registrant, requestOf, staff } from "~/test-support/visa-fixtures";
import { erasePerson } from "./erasure.server";
import { applyRetention } from "./retention.server";
import { changeParticipationType } from "./participation-change.server";
import { ensureParticipationTypes } from "./participation-types.server";
import { cancelRegistration } from "./registrations.server";
import { approveVisaLetter, refuseVisaLetter, requestVisaLetter, visaLetterStateOf, visaQueue } from "./visa-letters.server";

describe("visa support letters", () => {
  it("are asked for only by confirmed registrants taking part in the room, once", () => {
    expect(requestVisaLetter(registrant(event("virtual").id).token, passport())).toBe("not-eligible");
    expect(requestVisaLetter(registrant(event("in-person").id, "en", "waiting").token, passport())).toBe("not-eligible");
    expect(requestVisaLetter(registrant(event("in-person", now - DAY).id).token, passport())).toBe("not-eligible");
    const r = registrant(event("hybrid").id);
    expect(requestVisaLetter(r.token, passport())).toBe("requested");
    expect(requestVisaLetter(r.token, passport({ passportNumber: "B7654321" }))).toBe("already");
    expect(requestOf(r.id)).toMatchObject({ status: "requested", passportNumber: "A1234567" });
    expect(visaLetterStateOf(r.id)).toEqual({ status: "requested", reason: null });
    expect(requestVisaLetter("x".repeat(43), passport())).toBe("not-found");
  });

  it("approved, email the letter as a PDF in the language chosen, with the passport number, once", async () => {
    const e = event("in-person");
    const r = registrant(e.id, "ru");
    requestVisaLetter(r.token, passport({ letterLang: "fr" }));
    const id = requestOf(r.id)!.id;
    const staffId = await staff();
    expect(await approveVisaLetter(id, staffId)).toBe("approved");
    expect(await approveVisaLetter(id, staffId)).toBe("decided");
    const sent = mails(r.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.lang).toBe("ru");
    expect(sent[0]!.subject).toContain("Письмо в поддержку визового запроса");
    const [pdf] = JSON.parse(sent[0]!.attachments) as { content: string }[];
    // Sentences wrap across lines: read them as one text.
    const text = (await pdfLines(Buffer.from(pdf!.content, "base64"))).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("Lettre d'appui à une demande de visa");
    expect(text).toContain("A1234567");
    expect(text).toContain("DIALLO Amina");
    expect(text).toContain("Atelier sur le numérique vert");
    expect(text).toContain("Siège de l'UIT, Genève");
    expect(text).toContain("Sénégal");
    expect(text).toContain("Le secrétariat de l'Action du secteur du numérique pour l'environnement, Union internationale des télécommunications");
  }, 30_000);

  it("are not approved for one who cancelled or moved online after asking, nor for a cancelled event: no letter goes", async () => {
    const staffId = await staff();
    const cancelled = registrant(event("in-person").id);
    const moved = registrant(event("in-person").id);
    for (const r of [cancelled, moved]) expect(requestVisaLetter(r.token, passport())).toBe("requested");
    write((tx) => tx.update(registrations).set({ status: "cancelled", cancelledAt: now }).where(eq(registrations.id, cancelled.id)).run());
    write((tx) => tx.update(events).set({ format: "virtual" }).where(eq(events.id, moved.eventId)).run());
    // An event cancelled after the request keeps its registrations confirmed: it invites nobody to travel.
    const called = registrant(event("in-person").id);
    expect(requestVisaLetter(called.token, passport())).toBe("requested");
    write((tx) => tx.update(events).set({ status: "cancelled" }).where(eq(events.id, called.eventId)).run());
    expect(requestVisaLetter(registrant(called.eventId).token, passport())).toBe("not-eligible");
    for (const r of [cancelled, moved, called]) {
      expect(await approveVisaLetter(requestOf(r.id)!.id, staffId)).toBe("not-eligible");
      expect(requestOf(r.id)!.status).toBe("requested");
      expect(mails(r.email)).toHaveLength(0);
    }
  });

  it("go with a cancellation or a move online: the passport details are deleted and the queue no longer shows the request", () => {
    const cancelled = registrant(event("in-person").id);
    const hybrid = event("hybrid");
    // Registration open, as a move between types needs.
    write((tx) =>
      tx
        .update(events)
        .set({ registrationOpensAt: now - DAY })
        .where(eq(events.id, hybrid.id))
        .run(),
    );
    const types = write((tx) => ensureParticipationTypes(tx, hybrid.id));
    const inRoom = types.find((t) => t.mode === "in-person")!;
    const online = types.find((t) => t.mode === "online")!;
    const moved = registrant(hybrid.id);
    write((tx) => tx.update(registrations).set({ participationTypeId: inRoom.id }).where(eq(registrations.id, moved.id)).run());
    for (const r of [cancelled, moved]) expect(requestVisaLetter(r.token, passport())).toBe("requested");
    expect(cancelRegistration(cancelled.token)).toBe("cancelled");
    expect(changeParticipationType(moved.token, online.id)).toBe("changed");
    for (const r of [cancelled, moved]) {
      expect(requestOf(r.id)).toBeUndefined();
      expect(visaLetterStateOf(r.id)).toBeNull();
    }
    const waiting = visaQueue("requested", 1).items.map((i) => i.v.registrationId);
    expect(waiting).not.toContain(cancelled.id);
    expect(waiting).not.toContain(moved.id);
  });

  it("refused, tell the registrant in their language, with the reason", async () => {
    const r = registrant(event("in-person").id, "ru");
    requestVisaLetter(r.token, passport());
    const id = requestOf(r.id)!.id;
    expect(refuseVisaLetter(id, await staff(), "Паспорт истекает до мероприятия")).toBe(true);
    const [mail] = mails(r.email);
    expect(mail!.subject).toContain("Ваш запрос на письмо поддержки");
    expect(mail!.text).toContain("Паспорт истекает до мероприятия");
    expect(mail!.attachments).toBe("[]");
    expect(visaLetterStateOf(r.id)).toEqual({ status: "refused", reason: "Паспорт истекает до мероприятия" });
  });

  it("are deleted 30 days after the event ends, and when the person is erased", () => {
    const e = event("in-person");
    const kept = registrant(e.id);
    requestVisaLetter(kept.token, passport());
    applyRetention(e.endsAt + 29 * DAY);
    expect(requestOf(kept.id)).toBeDefined();
    applyRetention(e.endsAt + 31 * DAY);
    expect(requestOf(kept.id)).toBeUndefined();
    // The registration itself stays as it was until its own retention (365 days).
    expect(db().select().from(registrations).where(eq(registrations.id, kept.id)).get()!.email).toBe(kept.email);

    const erased = registrant(event("in-person").id);
    requestVisaLetter(erased.token, passport());
    erasePerson(erased.email, null);
    expect(requestOf(erased.id)).toBeUndefined();
  });
});
