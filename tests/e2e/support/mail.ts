import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_MAIL_DIR } from "./env";

/**
 * Emails isolate every typed value with invisible Unicode marks (U+2068…U+2069) so that it keeps
 * its direction; journeys compare what a reader sees, so the marks are taken out here.
 * tests/e2e/language.spec.ts reads the raw .eml files to check that they are there.
 */
function readable(mail: ParsedMail): ParsedMail {
  const strip = (s: string | undefined) => s?.replace(/[\u2066-\u2069]/g, "");
  mail.text = strip(mail.text);
  if (typeof mail.html === "string") mail.html = strip(mail.html)!;
  mail.subject = strip(mail.subject);
  return mail;
}

function recipient(mail: ParsedMail) {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? "";
}

/** Each .eml file's recipient, and its parsed message once asked for. A file appears whole, by
 * rename, and a retry writes the same message again, so what was read of a name stays true. */
const recipients = new Map<string, string>();
const parsed = new Map<string, ParsedMail>();

/** The address on the To: line of a raw message's headers, lower-cased ("" when there is none). */
function toAddress(raw: Buffer) {
  const text = raw.toString("latin1");
  const headers = text.slice(0, Math.max(0, text.indexOf("\r\n\r\n")) || text.length).replace(/\r\n[ \t]+/g, " ");
  const line = /^to:(.*)$/im.exec(headers)?.[1] ?? "";
  return (/<([^>]+)>/.exec(line)?.[1] ?? line).trim().toLowerCase();
}

/**
 * The outbox's messages to `to`. Each file is read once for its recipient and parsed once, when
 * first asked for: the suite writes hundreds of messages, and reading all of them on every look
 * cost the CPU the journeys beside it need.
 */
async function candidatesFor(to: string): Promise<ParsedMail[]> {
  if (!fs.existsSync(E2E_MAIL_DIR)) return [];
  const out: ParsedMail[] = [];
  for (const file of fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml"))) {
    const full = path.join(E2E_MAIL_DIR, file);
    if (!recipients.has(file)) recipients.set(file, toAddress(fs.readFileSync(full)));
    if (recipients.get(file) !== to.toLowerCase()) continue;
    if (!parsed.has(file)) parsed.set(file, readable(await simpleParser(fs.readFileSync(full))));
    const mail = parsed.get(file)!;
    if (recipient(mail) === to) out.push(mail);
  }
  return out;
}

/**
 * Reads the .eml outbox until a message to `to` matching `match` arrives. The deliverer steps aside
 * while requests are in flight (decision 016), so on a busy machine a message may take some seconds.
 */
export async function waitForEmail(to: string, match: (mail: ParsedMail) => boolean = () => true, timeoutMs = 20_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await candidatesFor(to)).find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`No email to ${to} arrived within ${timeoutMs} ms`);
}

export async function emailsTo(to: string): Promise<ParsedMail[]> {
  return candidatesFor(to);
}
