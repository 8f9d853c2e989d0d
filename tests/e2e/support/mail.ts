import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "./env";

function recipient(mail: ParsedMail) {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
}

/** Reads the .eml outbox until a message to `to` matching `match` arrives. */
export async function waitForEmail(
  to: string,
  match: (mail: ParsedMail) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(E2E_MAIL_DIR) ? fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml")) : [];
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)));
      if (recipient(mail) === to && match(mail)) return mail;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`No email to ${to} arrived within ${timeoutMs} ms`);
}

export async function emailsTo(to: string): Promise<ParsedMail[]> {
  if (!fs.existsSync(E2E_MAIL_DIR)) return [];
  const out: ParsedMail[] = [];
  for (const file of fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml"))) {
    const mail = await simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)));
    if (recipient(mail) === to) out.push(mail);
  }
  return out;
}
