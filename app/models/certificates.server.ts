import crypto from "node:crypto";
import { and, desc, eq, isNotNull, isNull, notExists, sql, type SQL } from "drizzle-orm";
import { certificates, events, registrations } from "../../db/schema";
import { certificatePdf } from "../../documents/certificate";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { formatDate, formatDayRange } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { hashToken } from "~/utils/tokens.server";
import { recordChange } from "./audit.server";
import { seatModeOf } from "./seat-mode.server";
import { organisersIn } from "~/utils/organisers.server";
import { fullName } from "~/utils/person-name";

type EventRow = typeof events.$inferSelect;
type RegistrationRow = typeof registrations.$inferSelect;

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Certificates written per press of the button: each PDF takes a moment, and the page must answer. */
export const CERTIFICATES_PER_BATCH = 25;
export const CERTIFICATES_PER_PAGE = 50;

/** 60 random bits as XXXX-XXXX-XXXX. */
export function newVerificationCode(): string {
  const bytes = crypto.randomBytes(12);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** What someone typed, as the code it means: case, spaces and dashes ignored, O read as 0, I and L as 1. */
export function normaliseCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

const codeHash = (code: string) => hashToken(`certificate:${code}`);
export const verifyUrl = (lang: string, code: string) => `${publicOrigin()}/${lang}/certificates/${code}`;

/** Narrows the certificates' audience to one participation type (undefined: every type). */
export function ofParticipationType(typeId: number | undefined): SQL | undefined {
  return typeId === undefined ? undefined : eq(registrations.participationTypeId, typeId);
}

/**
 * Who may have a certificate: confirmed, marked as attended. `only` narrows it further (a
 * participation type: `ofParticipationType`).
 */
function eligible(eventId: number, only?: SQL) {
  return and(
    eq(registrations.eventId, eventId),
    eq(registrations.status, "confirmed"),
    isNotNull(registrations.attendedAt),
    sql`${registrations.email} <> ''`,
    only,
  );
}

const hasCurrent = (tx: Pick<Tx, "select">) =>
  tx
    .select({ one: sql`1` })
    .from(certificates)
    .where(and(eq(certificates.registrationId, registrations.id), isNull(certificates.replacedAt)));

export function certificateCounts(eventId: number, only?: SQL) {
  const attended = db()
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(eligible(eventId, only))
    .get()!.n;
  const waiting = db()
    .select({ n: sql<number>`count(*)` })
    .from(registrations)
    .where(and(eligible(eventId, only), notExists(hasCurrent(db()))))
    .get()!.n;
  return { attended, issued: attended - waiting, waiting };
}

/**
 * A registration's current certificate is withdrawn when its holder stops being a participant (a
 * late "absent", a refusal): it is no longer current, and verifying its code says so. Returns
 * whether there was one. Marked as attended again, the holder is issued a new one with a new code.
 */
export function withdrawCertificate(tx: Tx, registrationId: number, now = Date.now()): boolean {
  const withdrawn = tx
    .update(certificates)
    .set({ replacedAt: now, withdrawnAt: now })
    .where(and(eq(certificates.registrationId, registrationId), isNull(certificates.replacedAt)))
    .run();
  return withdrawn.changes > 0;
}

type Prepared = { reg: RegistrationRow; code: string; pdf: Buffer; holderName: string };

async function prepare(reg: RegistrationRow, event: EventRow, now: number): Promise<Prepared> {
  const lang = reg.lang as Lang;
  const code = newVerificationCode();
  const holderName = fullName(reg.firstName, reg.lastName);
  const pdf = await certificatePdf({
    lang,
    holderName,
    eventTitle: pickTranslation(event.title, lang).text,
    dates: formatDayRange(lang, event.startsAt, event.endsAt, event.timeZone),
    venue: seatModeOf(reg.id) === "in-person" ? pickTranslation(event.venue, lang).text : null,
    organisers: organisersIn(lang, event.organisers),
    code,
    verifyUrl: verifyUrl(lang, code),
    issuedOn: formatDate(lang, now, event.timeZone),
  });
  return { reg, code, pdf, holderName };
}

/** Inside the caller's transaction: the row, then the email carrying the PDF. False when the registration already has one. */
function store(tx: Tx, p: Prepared, event: EventRow, staffUserId: number, now: number): boolean {
  const inserted = tx
    .insert(certificates)
    .values({ registrationId: p.reg.id, eventId: event.id, codeHash: codeHash(p.code), holderName: p.holderName, lang: p.reg.lang, issuedAt: now, staffUserId })
    .onConflictDoNothing()
    .run().changes;
  if (!inserted) return false;
  const lang = p.reg.lang as Lang;
  enqueueEmail(tx, {
    to: p.reg.email,
    lang,
    template: "certificate-issued",
    registrationId: p.reg.id,
    props: { fullName: p.holderName, eventTitle: pickTranslation(event.title, lang).text, code: p.code, verifyUrl: verifyUrl(lang, p.code) },
    attachments: [{ filename: `certificate-${event.slug}.pdf`, contentType: "application/pdf", content: p.pdf.toString("base64"), encoding: "base64" }],
  });
  return true;
}

export type IssueOutcome = { outcome: "issued"; issued: number; remaining: number } | { outcome: "not-ended" } | { outcome: "not-found" };

/**
 * Issues certificates to those who attended and have none yet, a batch at a time. The PDFs are
 * written first; then one transaction stores each certificate with its email, skipping anyone a
 * concurrent press already served, so pressing twice sends once.
 */
export async function issueCertificates(eventId: number, o: { staffUserId: number; only?: SQL; now?: number; limit?: number }): Promise<IssueOutcome> {
  const now = o.now ?? Date.now();
  const event = db().select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return { outcome: "not-found" };
  if (event.endsAt > now) return { outcome: "not-ended" };
  const due = db()
    .select()
    .from(registrations)
    .where(and(eligible(eventId, o.only), notExists(hasCurrent(db()))))
    .orderBy(registrations.id)
    .limit(o.limit ?? CERTIFICATES_PER_BATCH)
    .all();
  const prepared: Prepared[] = [];
  for (const reg of due) prepared.push(await prepare(reg, event, now));
  const issued = write((tx) => {
    let n = 0;
    for (const p of prepared) if (store(tx, p, event, o.staffUserId, now)) n++;
    if (n) recordChange(tx, { staffUserId: o.staffUserId, action: "certificates-issued", entity: "event", entityId: eventId, detail: { count: n } });
    return n;
  });
  return { outcome: "issued", issued, remaining: certificateCounts(eventId, o.only).waiting };
}

/** A new certificate with a new code for one registrant; the old code then answers "replaced". */
export async function reissueCertificate(eventId: number, registrationId: number, staffUserId: number, now = Date.now()): Promise<boolean> {
  const event = db().select().from(events).where(eq(events.id, eventId)).get();
  const reg = db()
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eligible(eventId)))
    .get();
  if (!event || !reg) return false;
  const p = await prepare(reg, event, now);
  return write((tx) => {
    tx.update(certificates)
      .set({ replacedAt: now })
      .where(and(eq(certificates.registrationId, reg.id), isNull(certificates.replacedAt)))
      .run();
    const done = store(tx, p, event, staffUserId, now);
    if (done) recordChange(tx, { staffUserId, action: "certificate-reissued", entity: "registration", entityId: reg.id });
    return done;
  });
}

export function issuedCertificates(eventId: number, page: number) {
  const where = eq(certificates.eventId, eventId);
  const total = db()
    .select({ n: sql<number>`count(*)` })
    .from(certificates)
    .where(and(where, isNull(certificates.replacedAt)))
    .get()!.n;
  const items = db()
    .select({ registrationId: certificates.registrationId, holderName: certificates.holderName, lang: certificates.lang, issuedAt: certificates.issuedAt })
    .from(certificates)
    .where(and(where, isNull(certificates.replacedAt)))
    .orderBy(desc(certificates.issuedAt), desc(certificates.id))
    .limit(CERTIFICATES_PER_PAGE)
    .offset((page - 1) * CERTIFICATES_PER_PAGE)
    .all();
  return { items, pages: Math.max(1, Math.ceil(total / CERTIFICATES_PER_PAGE)) };
}

export type Verification =
  | { state: "genuine"; holderName: string; event: Pick<EventRow, "title" | "startsAt" | "endsAt" | "timeZone">; issuedAt: number }
  | { state: "replaced"; replacedAt: number }
  | { state: "withdrawn"; withdrawnAt: number }
  | { state: "not-found" };

/** What the public verification page says of a code: only for the exact code, never a list. */
export function verifyCertificate(input: string): Verification {
  const code = normaliseCode(input);
  if (!code) return { state: "not-found" };
  const row = db()
    .select({ c: certificates, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, timeZone: events.timeZone })
    .from(certificates)
    .innerJoin(events, eq(events.id, certificates.eventId))
    .where(eq(certificates.codeHash, codeHash(code)))
    .get();
  if (!row) return { state: "not-found" };
  if (row.c.withdrawnAt !== null) return { state: "withdrawn", withdrawnAt: row.c.withdrawnAt };
  if (row.c.replacedAt !== null) return { state: "replaced", replacedAt: row.c.replacedAt };
  return { state: "genuine", holderName: row.c.holderName, event: row, issuedAt: row.c.issuedAt };
}
