import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { fileMailer } from "./mailer.server";
import { env } from "./env.server";

describe("the file mailer", () => {
  it("writes the sender under the portal's name in the message's language, at MAIL_FROM's address", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gda-mail-"));
    const mailer = fileMailer(dir);
    for (const lang of ["ar", "zh", "en", "fr", "ru", "es"]) {
      await mailer.send({ messageId: `<m-${lang}@test>`, to: "someone@example.org", subject: "S", html: "<p>H</p>", text: "H", lang, attachments: [] });
    }
    const from = async (lang: string) => (await simpleParser(fs.readFileSync(path.join(dir, `m-${lang}_test.eml`)))).from!.value[0]!;
    const address = /<([^>]+)>/.exec(env().MAIL_FROM)![1];
    expect(await from("ar")).toEqual({ name: "العمل الرقمي الأخضر", address });
    expect(await from("zh")).toEqual({ name: "绿色数字行动", address });
    expect(await from("en")).toEqual({ name: "Green Digital Action", address });
    // Not the Latin wordmark of the French, Russian and Spanish page headers: the initiative's name in the letter's language.
    expect(await from("fr")).toEqual({ name: "Action du secteur du numérique pour l'environnement", address });
    expect(await from("ru")).toEqual({ name: "«Зеленая цифровая кампания»", address });
    expect(await from("es")).toEqual({ name: "Acción Digital Ecológica", address });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
