import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { env, resolveFromRoot } from "./env.server";
import { defaultLang, isLang } from "./i18n";
import { getT } from "./i18n.server";

/**
 * Text content as is; binary content (a PDF, a QR image) as base64 with `encoding: "base64"`. With a
 * `cid`, an HTML part can show it inline (`<img src="cid:…">`).
 */
export type EmailAttachment = { filename: string; contentType: string; content: string; encoding?: "base64"; cid?: string };

export type OutgoingMessage = {
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  lang: string;
  attachments: EmailAttachment[];
};

export interface Mailer {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/**
 * The sender as the recipient reads it: MAIL_FROM's address, under the portal's name in the
 * message's language (« العمل الرقمي الأخضر », « 绿色数字行动 », « Action du secteur du numérique pour
 * l'environnement »), not the Latin wordmark the French, Russian and Spanish page headers keep.
 */
export function senderFor(lang: string) {
  const from = env().MAIL_FROM;
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  return { name: getT(isLang(lang) ? lang : defaultLang)("brand.initiative"), address };
}

function toNodemailer(m: OutgoingMessage) {
  return {
    from: senderFor(m.lang),
    to: m.to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    messageId: m.messageId,
    headers: { "Content-Language": m.lang, "Auto-Submitted": "auto-generated" },
    attachments: m.attachments,
  };
}

/** SMTP, pooled, with timeouts so a hung server cannot hold the deliverer. */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url, {
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  return {
    async send(m) {
      await transport.sendMail(toNodemailer(m));
    },
    close: () => transport.close(),
  };
}

/**
 * The embedded default: each message becomes an .eml file. The name comes from the message id,
 * and the file appears by rename, so a retry overwrites and a reader never sees half a file.
 */
export function fileMailer(dir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(m) {
      fs.mkdirSync(dir, { recursive: true });
      const info = await transport.sendMail(toNodemailer(m));
      const name = m.messageId.replace(/[<>]/g, "").replace(/[^A-Za-z0-9._-]/g, "_");
      const tmp = path.join(dir, `.${name}.tmp`);
      fs.writeFileSync(tmp, info.message as Buffer);
      fs.renameSync(tmp, path.join(dir, `${name}.eml`));
    },
    close() {},
  };
}

export function mailerFromEnv(): Mailer {
  const { SMTP_URL, MAIL_DIR } = env();
  return SMTP_URL ? smtpMailer(SMTP_URL) : fileMailer(resolveFromRoot(MAIL_DIR));
}
