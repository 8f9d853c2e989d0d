import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { outbox } from "../../db/schema";
import { db, write } from "./db.server";
import { fileMailer, smtpMailer } from "./mailer.server";
import { deliverDue, retryDelayMs, startOutboxDeliverer, stopOutboxDeliverer } from "./outbox-delivery.server";
import { enqueueEmail } from "./outbox.server";
import { trafficForTests } from "./traffic.server";

const MINUTE = 60_000;

function queueTest(to: string, lang: "en" | "ar" = "en") {
  write((tx) => enqueueEmail(tx, { to, lang, template: "staff-test", props: { name: "Amina", sentAt: "today" } }));
}

function rows() {
  return db().select().from(outbox).all();
}

beforeEach(() => {
  db().delete(outbox).run();
});

describe("retry schedule", () => {
  it("waits 1, 5, 15, 60 minutes, then hourly", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([1, 5, 15, 60, 60, 60].map((m) => m * MINUTE));
  });
});

describe("outbox to .eml files", () => {
  it("writes one readable .eml per message, in the recipient's language", async () => {
    const dir = process.env.MAIL_DIR!;
    queueTest("amina@example.org", "ar");
    expect(await deliverDue(fileMailer(dir))).toBe(1);
    expect(await deliverDue(fileMailer(dir))).toBe(0);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0]!)));
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe("amina@example.org");
    const arabic = JSON.parse(fs.readFileSync(path.resolve("locales/ar/email.json"), "utf8"));
    expect(mail.subject).toBe(arabic.staffTest.subject);
    expect(mail.headers.get("content-language")).toBe("ar");
    expect(mail.html).toContain('dir="rtl"');
    // Readable text, not encoded: the salutation as the Arabic file writes it (the house one, «حضرات السادة والسيدات،»).
    expect(mail.text).toContain(arabic.staffTest.heading);
    expect(rows()[0]).toMatchObject({ status: "sent", attempts: 1 });
  });
});

describe("links that are credentials do not stay in the database once sent", () => {
  it("empties the body of a sign-in or password email on delivery, and keeps other bodies", async () => {
    const dir = process.env.MAIL_DIR!;
    const link = "http://localhost:3000/en/admin/password/" + "A".repeat(43);
    write((tx) => {
      enqueueEmail(tx, { to: "new.staff@example.org", lang: "en", template: "staff-invite", props: { name: "Amina", role: "Administrator", url: link } });
      enqueueEmail(tx, { to: "amina@example.org", lang: "en", template: "staff-test", props: { name: "Amina", sentAt: "today" } });
    });
    expect(await deliverDue(fileMailer(dir))).toBe(2);
    const sent = Object.fromEntries(rows().map((r) => [r.template, r]));
    expect(sent["staff-invite"]).toMatchObject({ status: "sent", html: "", text: "", toAddress: "new.staff@example.org" });
    expect(sent["staff-invite"]!.subject).not.toBe("");
    expect(sent["staff-test"]!.text).toContain("Amina");
    // The person got the link all the same.
    const eml = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .find((m) => m.includes("To: new.staff@example.org"));
    expect(eml?.replace(/=\r?\n/g, "")).toContain("A".repeat(43));
  });

  it("empties the body of a request to join's confirmation, whose link proves the address", async () => {
    const link = "http://localhost:3000/en/partners/join/" + "B".repeat(43);
    write((tx) => enqueueEmail(tx, { to: "join@example.org", lang: "en", template: "partner-request-confirm", props: { url: link } }));
    expect(await deliverDue(fileMailer(process.env.MAIL_DIR!))).toBe(1);
    expect(rows()[0]).toMatchObject({ status: "sent", html: "", text: "", toAddress: "join@example.org" });
  });
});

describe("the deliverer steps aside while requests are answered", () => {
  it("sends nothing while a request is in flight, and sends as soon as it is answered", async () => {
    const sent: string[] = [];
    const mailer = { send: async (m: { to: string }) => void sent.push(m.to), close() {} };
    queueTest("burst@example.org");
    trafficForTests.start();
    const pass = deliverDue(mailer as never);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).toEqual([]);
    expect(rows()[0]).toMatchObject({ status: "queued" });
    trafficForTests.end();
    expect(await pass).toBe(1);
    expect(sent).toEqual(["burst@example.org"]);
  });

  it("sends anyway once OUTBOX_YIELD_MS has passed, so steady traffic only delays mail", async () => {
    const sent: string[] = [];
    const mailer = { send: async (m: { to: string }) => void sent.push(m.to), close() {} };
    queueTest("steady@example.org");
    trafficForTests.start();
    try {
      const started = Date.now();
      expect(await deliverDue(mailer as never, Date.now, 150)).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(sent).toEqual(["steady@example.org"]);
    } finally {
      trafficForTests.end();
    }
  });
});

describe("outbox over SMTP", () => {
  const received: string[] = [];
  let server: SMTPServer | undefined;
  let port = 0;

  const start = () =>
    new Promise<void>((resolve) => {
      server = new SMTPServer({
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          let raw = "";
          stream.on("data", (c: Buffer) => (raw += c.toString()));
          stream.on("end", () => {
            received.push(raw);
            callback();
          });
        },
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.server.address() as { port: number }).port;
        resolve();
      });
    });
  const stop = () => new Promise<void>((resolve) => server!.close(() => resolve()));

  afterAll(async () => {
    if (server) await stop().catch(() => undefined);
  });

  it("delivers, keeps mail while the server is down, retries later, and delivers each message once", async () => {
    await start();
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
    queueTest("first@example.org");
    expect(await deliverDue(mailer)).toBe(1);
    expect(received).toHaveLength(1);
    mailer.close();

    await stop();
    const downMailer = smtpMailer(`smtp://127.0.0.1:${port}`);
    queueTest("second@example.org");
    expect(await deliverDue(downMailer)).toBe(0);
    const waiting = rows().find((r) => r.toAddress === "second@example.org")!;
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: nothing is attempted before the back-off has passed.
    expect(await deliverDue(downMailer)).toBe(0);
    expect(rows().find((r) => r.toAddress === "second@example.org")!.attempts).toBe(1);
    downMailer.close();

    await start();
    const upMailer = smtpMailer(`smtp://127.0.0.1:${port}`);
    const later = () => Date.now() + 2 * MINUTE;
    expect(await deliverDue(upMailer, later)).toBe(1);
    expect(await deliverDue(upMailer, later)).toBe(0);
    upMailer.close();

    expect(received).toHaveLength(2);
    expect(received.filter((raw) => raw.includes("To: second@example.org"))).toHaveLength(1);
    expect(rows().every((r) => r.status === "sent")).toBe(true);
  });

  it("gives up after a day and keeps the message as failed", async () => {
    const broken = { send: async () => Promise.reject(new Error("connection refused")), close() {} };
    queueTest("gone@example.org");
    await deliverDue(broken);
    const dayLater = () => Date.now() + 25 * 60 * MINUTE;
    await deliverDue(broken, dayLater);
    const row = rows()[0]!;
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(2);
    expect(row.lastError).toContain("connection refused");
    // The secretariat still reads what was not sent, but its links no longer open anything.
    expect(row.text).toContain("Amina");
  });

  it("sends at once, on start, what a stopped process left half-sent (not two minutes later)", async () => {
    queueTest("half-sent@example.org");
    // A process claimed the message, then stopped before it could mark it sent or failed.
    db()
      .update(outbox)
      .set({ status: "sending", lockedUntil: Date.now() + 2 * MINUTE })
      .run();
    const sent: string[] = [];
    startOutboxDeliverer({ send: async (m) => void sent.push(m.to), close() {} });
    await expect.poll(() => sent, { timeout: 2_000 }).toEqual(["half-sent@example.org"]);
    await stopOutboxDeliverer();
    expect(rows()[0]).toMatchObject({ status: "sent", attempts: 1 });
  });
});
