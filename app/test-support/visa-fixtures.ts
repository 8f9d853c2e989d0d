import { eq } from "drizzle-orm";
import { events, outbox, registrations, visaLetterRequests } from "../../db/schema";
import type { PassportDetails } from "~/models/visa-letters.server";
import { createStaffUser } from "~/models/staff.server";
import { db, write } from "~/utils/db.server";
import { hashToken, linkToken } from "~/utils/tokens.server";

/** What the visa letter tests set up: an event, a registrant with their manage link's token, passport details. */
export const DAY = 86_400_000;
export const now = Date.now();
const uid = () => Math.random().toString(36).slice(2);
export const passport = (over: Partial<PassportDetails> = {}): PassportDetails => ({
  letterLang: "en",
  fullName: "DIALLO Amina",
  nationality: "SN",
  dateOfBirth: "1985-04-12",
  passportNumber: "a1234567",
  passportIssuedOn: "2020-01-15",
  passportExpiresOn: "2030-01-14",
  placeOfApplication: "Embassy of Azerbaijan in Dakar",
  ...over,
});

export function event(format: "in-person" | "virtual" | "hybrid", endsAt = now + 30 * DAY) {
  return write((tx) =>
    tx
      .insert(events)
      .values({
        slug: `v-${uid()}`,
        kind: "workshop",
        title: { en: "Green digital workshop", fr: "Atelier sur le numérique vert", ru: "Семинар-практикум" },
        summary: { en: "S" },
        description: { en: "D" },
        startsAt: endsAt - 2 * DAY,
        endsAt,
        timeZone: "Europe/Zurich",
        format,
        venue: { en: "ITU headquarters, Geneva", fr: "Siège de l'UIT, Genève" },
        organisers: ["ITU"],
        audience: { en: "All" },
        fee: { en: "Free" },
        status: "published",
        createdAt: now - DAY,
        updatedAt: now - DAY,
      })
      .returning()
      .get(),
  );
}

/** A registration and the token of its manage link (the page the request is made from). */
export function registrant(eventId: number, lang = "en", status: "confirmed" | "waiting" = "confirmed") {
  const email = `${uid()}@example.org`;
  const createdAt = now - DAY;
  const row = write((tx) =>
    tx
      .insert(registrations)
      .values({
        eventId,
        tokenHash: uid(),
        status,
        firstName: "Amina",
        lastName: "Diallo",
        email,
        emailKey: email,
        organisation: "ARTP",
        organisationType: "member-state",
        country: "SN",
        jobTitle: "Engineer",
        lang,
        createdAt,
        updatedAt: createdAt,
      })
      .returning()
      .get(),
  );
  const token = linkToken("registration", row.id, createdAt);
  write((tx) =>
    tx
      .update(registrations)
      .set({ tokenHash: hashToken(token) })
      .where(eq(registrations.id, row.id))
      .run(),
  );
  return { ...row, token };
}

export const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
export const staff = async () => (await createStaffUser({ email: `${uid()}@itu.int`, name: "Staff", role: "editor", password: "a long enough password" })).id;
export const requestOf = (registrationId: number) => db().select().from(visaLetterRequests).where(eq(visaLetterRequests.registrationId, registrationId)).get();
