import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outbox } from "../../db/schema";
import { insertEvent, registrant } from "~/test-support/fixtures";
import { db } from "~/utils/db.server";
import { languages } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { previewEventMessage } from "./event-message-preview.server";
import { typesOfEvent } from "./participation-types.server";
import { verifyRegistration } from "./registration-proof.server";
import { registerForEvent } from "./registrations.server";

const now = Date.now();
const details = registrant();
const makeEvent = () => insertEvent({ title: { en: "Typed workshop" }, format: "hybrid", capacity: 5, venue: { en: "Geneva" } }, now);
const mails = (to: string) => db().select().from(outbox).where(eq(outbox.toAddress, to)).all();
const tokenIn = (text: string, path: string) => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;

describe("a message to one participation type's people", () => {
  it("is previewed as that type's people will read it: their languages and numbers only", () => {
    const e = makeEvent();
    const [room, online] = typesOfEvent(e.id);
    registerForEvent({ eventId: e.id, email: "room-en@x.org", lang: "en", details, participationTypeId: room!.id });
    registerForEvent({ eventId: e.id, email: "online-fr@x.org", lang: "fr", details, participationTypeId: online!.id });
    for (const to of ["room-en@x.org", "online-fr@x.org"]) {
      const mail = mails(to).find((m) => m.template === "registration-verify")!;
      expect(verifyRegistration(tokenIn(mail.text, "registrations"))).toBe("proven");
    }
    const message = { audience: "confirmed" as const, subject: { en: "Badges" }, body: { en: "Collect your badge." } };
    expect(previewEventMessage(e.id, message).map((v) => [v.lang, v.recipients])).toEqual([
      ["en", 1],
      ["fr", 1],
    ]);
    expect(previewEventMessage(e.id, { ...message, participationTypeId: room!.id }).map((v) => [v.lang, v.recipients])).toEqual([["en", 1]]);
    expect(previewEventMessage(e.id, { ...message, participationTypeId: online!.id }).map((v) => [v.lang, v.recipients])).toEqual([["fr", 1]]);
  });
});

describe("what the message desk tells the officer about each email", () => {
  it("does not promise the recipient's name where the email's salutation does not carry it (every language but English)", () => {
    const e = makeEvent();
    const online = typesOfEvent(e.id)[1]!;
    for (const lang of languages) {
      const email = `named-${lang}@x.org`;
      registerForEvent({ eventId: e.id, email, lang, details: { ...details, firstName: "Zenobia", lastName: "Quillfeather" }, participationTypeId: online.id });
      expect(verifyRegistration(tokenIn(mails(email)[0]!.text, "registrations"))).toBe("proven");
    }
    const message = { audience: "confirmed" as const, subject: { en: "Badges" }, body: { en: "Collect your badge." } };
    const versions = previewEventMessage(e.id, message);
    expect(versions.map((v) => v.lang).sort()).toEqual([...languages].sort());
    for (const v of versions) {
      const named = v.text.includes("Quillfeather");
      expect(named, v.lang).toBe(v.lang === "en");
      const promised = /name|nom |nombre|имя|姓名|اسمه/i.test(getT(v.lang, "admin")("messages.previewAs", { name: "X" }));
      expect(promised, v.lang).toBe(named);
    }
  });
});
