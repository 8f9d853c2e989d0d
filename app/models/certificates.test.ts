import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, certificates, events, outbox, registrations } from "../../db/schema";
import { pdfLines, toUnicodeMaps } from "../../tests/e2e/support/pdf";
import { db, write } from "~/utils/db.server";
import { certificatePdf } from "../../documents/certificate";
import {
  certificateCounts,
  issueCertificates,
  newVerificationCode,
  normaliseCode,
  ofParticipationType,
  reissueCertificate,
  verifyCertificate,
} from "./certificates.server";
import { typesOfEvent } from "./participation-types.server";
import { decideRegistration } from "./registrant-desk.server";
import { createStaffUser } from "./staff.server";

const HOUR = 3_600_000;
const now = Date.now();
const uid = () => Math.random().toString(36).slice(2);

function pastEvent(title: Record<string, string>) {
  return write((tx) =>
    tx
      .insert(events)
      .values({
        slug: `c-${uid()}`,
        kind: "workshop",
        title,
        summary: { en: "S" },
        description: { en: "D" },
        startsAt: now - 50 * HOUR,
        endsAt: now - 48 * HOUR,
        timeZone: "Asia/Baku",
        format: "in-person",
        venue: { en: "Baku Olympic Stadium", ar: "ملعب باكو الأولمبي", zh: "巴库奥林匹克体育场", ru: "Бакинский олимпийский стадион" },
        organisers: ["ITU", "GeSI"],
        audience: { en: "All" },
        fee: { en: "Free" },
        status: "published",
        createdAt: now - 100 * HOUR,
        updatedAt: now - 100 * HOUR,
      })
      .returning()
      .get(),
  );
}

function attendee(eventId: number, lang: string, firstName: string, lastName: string, attended = true) {
  return write((tx) =>
    tx
      .insert(registrations)
      .values({
        eventId,
        tokenHash: uid(),
        status: "confirmed",
        firstName,
        lastName,
        email: `${uid()}@example.org`,
        emailKey: uid(),
        organisation: "Org",
        organisationType: "member-state",
        country: "AZ",
        jobTitle: "Director",
        lang,
        createdAt: now - 90 * HOUR,
        updatedAt: now - 90 * HOUR,
        confirmedAt: now - 90 * HOUR,
        attendedAt: attended ? now - 49 * HOUR : null,
      })
      .returning()
      .get(),
  );
}

const pdfOf = (to: string) => {
  const row = db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
  expect(row).toHaveLength(1);
  const [attachment] = JSON.parse(row[0]!.attachments) as { content: string; contentType: string }[];
  expect(attachment!.contentType).toBe("application/pdf");
  return Buffer.from(attachment!.content, "base64");
};

const staff = async () => (await createStaffUser({ email: `${uid()}@itu.int`, name: "Staff", role: "editor", password: "a long enough password" })).id;

describe("certificates of participation", () => {
  it("go to those marked as attended, once, and say in Arabic, Chinese and Russian who took part in what", async () => {
    const event = pastEvent({
      en: "Green digital roundtable",
      ar: "مائدة مستديرة بشأن العمل الرقمي الأخضر",
      zh: "绿色数字行动圆桌会议",
      ru: "Круглый стол «Зеленой цифровой кампании»",
    });
    const ar = attendee(event.id, "ar", "أمينة", "الأمانة");
    const zh = attendee(event.id, "zh", "䶮明", "王");
    const ru = attendee(event.id, "ru", "Иван", "Петров");
    const absent = attendee(event.id, "en", "Absent", "Person", false);
    const staffId = await staff();

    const first = await issueCertificates(event.id, { staffUserId: staffId, now });
    expect(first).toEqual({ outcome: "issued", issued: 3, remaining: 0 });
    const again = await issueCertificates(event.id, { staffUserId: staffId, now });
    expect(again).toEqual({ outcome: "issued", issued: 0, remaining: 0 });
    expect(db().select().from(outbox).where(eq(outbox.toAddress, absent.email)).all()).toHaveLength(0);

    const arPdf = pdfOf(ar.email);
    const arText = (await pdfLines(arPdf)).join("\n");
    // pdf.js gives Arabic back in logical order, letters as typed: the reader can search and copy it.
    expect(arText).toContain("شهادة مشاركة");
    expect(arText).toContain("أمينة الأمانة");
    expect(arText).toContain("مائدة مستديرة بشأن العمل الرقمي الأخضر");
    expect(arText).toContain("ملعب باكو الأولمبي");
    // Shaped, not letter by letter: an unshaped run draws each letter with one glyph; here the letters
    // have their joined forms, so one letter (م) is reached by several glyphs, and Arabic glyphs outnumber Arabic letters.
    const arabic = toUnicodeMaps(arPdf).flatMap((m) => [...m].filter(([, t]) => /^\p{Script=Arabic}+$/u.test(t)));
    expect(arabic.filter(([, t]) => t === "م").length).toBeGreaterThan(1);
    expect(arabic.length).toBeGreaterThan(new Set(arabic.map(([, t]) => t)).size + 10);

    const zhText = (await pdfLines(pdfOf(zh.email))).join("\n");
    expect(zhText).toContain("参与证书");
    // A rare character (CJK Extension A) in a name comes out too: the font covers what people type.
    // A Chinese name reads family name (姓) first, with no space: 王䶮明, not "䶮明 王".
    expect(zhText).toContain("王䶮明");
    expect(zhText).toContain("绿色数字行动圆桌会议");

    const ruText = (await pdfLines(pdfOf(ru.email))).join("\n");
    expect(ruText).toContain("Сертификат об участии");
    expect(ruText).toContain("Иван Петров");
    const code = ruText.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    expect(ruText).toContain(`/ru/certificates/${code}`);
    expect(verifyCertificate(code.toLowerCase())).toMatchObject({ state: "genuine", holderName: "Иван Петров" });
  }, 60_000);

  it("re-issued, the old code says replaced; unknown codes are not found; before the end nothing is issued", async () => {
    const event = pastEvent({ en: "Workshop" });
    const person = attendee(event.id, "en", "Amina", "Diallo");
    const staffId = await staff();
    await issueCertificates(event.id, { staffUserId: staffId, now });
    const text = (await pdfLines(pdfOf(person.email))).join("\n");
    expect(text).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    const oldCode = text.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    expect(await reissueCertificate(event.id, person.id, staffId)).toBe(true);
    expect(verifyCertificate(oldCode)).toMatchObject({ state: "replaced" });
    const rows = db().select().from(certificates).where(eq(certificates.registrationId, person.id)).all();
    expect(rows.filter((r) => r.replacedAt === null)).toHaveLength(1);
    expect(db().select().from(outbox).where(eq(outbox.toAddress, person.email)).all()).toHaveLength(2);

    expect(verifyCertificate("0000-0000-0000")).toEqual({ state: "not-found" });
    expect(verifyCertificate("not a code")).toEqual({ state: "not-found" });
    expect(normaliseCode(" 7k2m q9xd-4rtb ")).toBe("7K2M-Q9XD-4RTB");
    expect(normaliseCode("OIL0-0000-0000")).toBe("0110-0000-0000");

    const upcoming = write((tx) =>
      tx
        .update(events)
        .set({ endsAt: now + HOUR })
        .where(eq(events.id, event.id))
        .returning()
        .get(),
    );
    expect(await issueCertificates(upcoming.id, { staffUserId: staffId, now })).toEqual({ outcome: "not-ended" });
  }, 60_000);

  it("is withdrawn when its holder is marked absent or refused afterwards, and its code says so", async () => {
    const event = pastEvent({ en: "Workshop" });
    const absent = attendee(event.id, "en", "Amina", "Diallo");
    const refused = attendee(event.id, "fr", "Claire", "Martin");
    const staffId = await staff();
    await issueCertificates(event.id, { staffUserId: staffId, now });
    const codeOf = async (email: string) => (await pdfLines(pdfOf(email))).join("\n").match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    const absentCode = await codeOf(absent.email);
    const refusedCode = await codeOf(refused.email);
    expect(verifyCertificate(absentCode)).toMatchObject({ state: "genuine" });

    expect(decideRegistration(event.id, absent.id, "absent", staffId, now + HOUR)).toBe(true);
    expect(decideRegistration(event.id, refused.id, "reject", staffId, now + HOUR)).toBe(true);
    expect(verifyCertificate(absentCode)).toEqual({ state: "withdrawn", withdrawnAt: now + HOUR });
    expect(verifyCertificate(refusedCode)).toEqual({ state: "withdrawn", withdrawnAt: now + HOUR });
    expect(certificateCounts(event.id)).toEqual({ attended: 0, issued: 0, waiting: 0 });
    const withdrawals = db().select().from(auditLog).where(eq(auditLog.action, "certificate-withdrawn")).all();
    expect(withdrawals.map((w) => Number(w.entityId)).sort()).toEqual([absent.id, refused.id].sort());

    // Marked as attended again, the holder is owed a new certificate; the withdrawn code stays withdrawn.
    expect(decideRegistration(event.id, absent.id, "attended", staffId, now + 2 * HOUR)).toBe(true);
    expect(certificateCounts(event.id)).toEqual({ attended: 1, issued: 0, waiting: 1 });
    expect(verifyCertificate(absentCode)).toMatchObject({ state: "withdrawn" });
  }, 60_000);

  it("can be issued to one participation type of a hybrid event, leaving the others for later", async () => {
    const event = pastEvent({ en: "Hybrid roundtable" });
    write((tx) => tx.update(events).set({ format: "hybrid" }).where(eq(events.id, event.id)).run());
    const [inPerson, online] = typesOfEvent(event.id);
    expect(inPerson?.mode).toBe("in-person");
    expect(online?.mode).toBe("online");
    const inRoom = attendee(event.id, "en", "Amina", "Room");
    const remote = attendee(event.id, "fr", "Jules", "Distance");
    write((tx) => {
      tx.update(registrations).set({ participationTypeId: inPerson!.id }).where(eq(registrations.id, inRoom.id)).run();
      tx.update(registrations).set({ participationTypeId: online!.id }).where(eq(registrations.id, remote.id)).run();
    });
    const by = await staff();
    expect(certificateCounts(event.id, ofParticipationType(online!.id)).waiting).toBe(1);
    const outcome = await issueCertificates(event.id, { staffUserId: by, only: ofParticipationType(online!.id) });
    expect(outcome).toMatchObject({ outcome: "issued", issued: 1, remaining: 0 });
    pdfOf(remote.email);
    expect(db().select().from(outbox).where(eq(outbox.toAddress, inRoom.email)).all()).toHaveLength(0);
    expect(certificateCounts(event.id).waiting).toBe(1);
    expect(certificateCounts(event.id, ofParticipationType(inPerson!.id)).waiting).toBe(1);
  });

  // Fonts shared by documents once lost the text behind some letters (utils/pdf-writer.server.ts).
  it("keeps the text behind every letter however many certificates in what languages came before (a search or a copy finds it)", async () => {
    const names = { ar: "أمينة الأمانة", zh: "王小明", ru: "Анна Петрова", en: "Amina Diallo" } as const;
    for (let round = 0; round < 6; round++) {
      for (const lang of ["ar", "zh", "ru", "en"] as const) {
        const code = newVerificationCode();
        const pdf = await certificatePdf({
          lang,
          holderName: names[lang],
          eventTitle: "Green Digital Action roundtable",
          dates: "16 November 2024",
          venue: "Baku Olympic Stadium",
          organisers: "ITU, GeSI",
          code,
          verifyUrl: `http://localhost/${lang}/certificates/${code}`,
          issuedOn: "18 November 2024",
        });
        const text = (await pdfLines(pdf)).join("\n");
        expect(text).toContain(names[lang]);
        expect(text).toContain(`http://localhost/${lang}/certificates/${code}`);
      }
    }
  }, 60_000);
});
