import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { declarations, endorsements } from "../../db/schema";
import { countryCodes, regionOf, type ItuRegion } from "~/utils/countries";
import { toCsv } from "~/utils/csv";
import { db, write, type Tx } from "~/utils/db.server";
import { env, publicOrigin, resolveFromRoot } from "~/utils/env.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { isEndorsementOpen } from "./declarations.server";
import { countriesWithFocalPoints, decidedByFocalPoint } from "./focal-point-endorsements.server";
import type { EndorserCategory } from "./endorsement-types";
import { hashToken, isTokenShaped, newToken } from "~/utils/tokens.server";

export const VERIFY_TTL_MS = 48 * 3_600_000;
const lettersDir = () => resolveFromRoot(env().LETTERS_DIR);

/** Folds an organisation's name so "Ministère de l'Économie" and "ministere de l economie" meet. */
export function organisationKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** A PDF by its content: the "%PDF-" signature within the first kilobyte, as readers accept it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");
}

export type EndorsementInput = {
  category: EndorserCategory;
  organisation: string;
  country: string;
  representativeName: string;
  representativeTitle: string;
  email: string;
  statement: string | null;
};

type EndorsementRow = typeof endorsements.$inferSelect;
type Declaration = typeof declarations.$inferSelect;

function emailEndorser(tx: Tx, template: "endorsement-verify" | "endorsement-received" | "endorsement-approved" | "endorsement-rejected", e: EndorsementRow, d: Declaration, verifyToken?: string) {
  const lang = e.lang as Lang;
  enqueueEmail(tx, {
    to: e.email,
    lang,
    template,
    props: {
      name: e.representativeName,
      organisation: e.organisation,
      declaration: pickTranslation(d.title, lang).text,
      declarationUrl: `${publicOrigin()}/${lang}/declarations/${d.slug}`,
      verifyUrl: verifyToken ? `${publicOrigin()}/${lang}/endorsements/verify/${verifyToken}` : "",
      withdrawUrl: `${publicOrigin()}/${lang}/endorsements/${e.manageToken}`,
      reason: e.rejectionReason ?? "",
    },
  });
}

/**
 * Records an endorsement awaiting email verification. The letter is written first under a name the
 * server makes; if the database write fails, the file is removed, so nothing is half-stored.
 */
export function submitEndorsement(declarationId: number, lang: Lang, input: EndorsementInput, letter: { bytes: Uint8Array; name: string } | null, now = Date.now()) {
  let letterFile: string | null = null;
  if (letter) {
    fs.mkdirSync(lettersDir(), { recursive: true, mode: 0o700 });
    letterFile = `${crypto.randomUUID()}.pdf`;
    fs.writeFileSync(path.join(lettersDir(), letterFile), letter.bytes, { mode: 0o600 });
  }
  const removeLetter = () => letterFile && fs.rmSync(path.join(lettersDir(), letterFile), { force: true });
  try {
    const result = write((tx) => {
      const declaration = tx.select().from(declarations).where(eq(declarations.id, declarationId)).get();
      if (!declaration || declaration.status !== "published" || !isEndorsementOpen(declaration, now)) return { ok: false as const };
      const verifyToken = newToken();
      const row = tx.insert(endorsements).values({
        ...input,
        declarationId,
        organisationKey: organisationKey(input.organisation),
        lang,
        letterFile,
        letterName: letter ? letter.name.slice(0, 200) : null,
        letterSize: letter ? letter.bytes.byteLength : null,
        status: "unverified",
        verifyTokenHash: hashToken(verifyToken),
        verifyExpiresAt: now + VERIFY_TTL_MS,
        manageToken: newToken(),
        createdAt: now,
      }).returning().get();
      emailEndorser(tx, "endorsement-verify", row, declaration, verifyToken);
      return { ok: true as const };
    });
    if (!result.ok) removeLetter();
    return result;
  } catch (error) {
    removeLetter();
    throw error;
  }
}

export function findByVerifyToken(token: string) {
  if (!isTokenShaped(token)) return null;
  return db().select().from(endorsements).where(eq(endorsements.verifyTokenHash, hashToken(token))).get() ?? null;
}

export type VerifyOutcome = "verified" | "already" | "expired" | "unknown";

/** The verification link works once, before it expires; then the secretariat reviews. */
export function verifyEndorsement(token: string, now = Date.now()): VerifyOutcome {
  const found = findByVerifyToken(token);
  if (!found) return "unknown";
  return write((tx) => {
    const e = tx.select().from(endorsements).where(eq(endorsements.id, found.id)).get()!;
    if (e.verifiedAt !== null || e.status !== "unverified") return "already";
    if ((e.verifyExpiresAt ?? 0) < now) return "expired";
    const updated = tx.update(endorsements).set({ status: "pending", verifiedAt: now }).where(eq(endorsements.id, e.id)).returning().get();
    const declaration = tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!;
    emailEndorser(tx, "endorsement-received", updated, declaration);
    return "verified";
  });
}

export function findByManageToken(token: string) {
  if (!isTokenShaped(token)) return null;
  return db().select({ e: endorsements, d: declarations }).from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(eq(endorsements.manageToken, token)).get() ?? null;
}

export function withdrawEndorsement(token: string, now = Date.now()) {
  return write((tx) =>
    tx.update(endorsements).set({ status: "withdrawn", withdrawnAt: now })
      .where(and(eq(endorsements.manageToken, token), ne(endorsements.status, "withdrawn"), ne(endorsements.status, "rejected"))).run().changes > 0,
  );
}

// ---------------------------------------------------------------- secretariat

export function reviewQueue(status: EndorsementRow["status"]) {
  const rows = db().select({ e: endorsements, title: declarations.title }).from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(eq(endorsements.status, status)).orderBy(asc(endorsements.createdAt)).limit(500).all();
  const dupes = duplicateKeys(rows.map((r) => r.e));
  return withoutThoseAwaitingFocalPoints(rows, status).map((r) => ({ ...r, likelyDuplicate: dupes.has(dupeKey(r.e)) }));
}

/** A government's endorsement waits for its country's focal point, when it has one, before the secretariat sees it. */
function withoutThoseAwaitingFocalPoints<R extends { e: EndorsementRow }>(rows: R[], status: EndorsementRow["status"]): R[] {
  if (status !== "pending") return rows;
  const withFocalPoints = countriesWithFocalPoints();
  const waiting = rows.filter((r) => r.e.category === "government" && withFocalPoints.has(r.e.country));
  const decided = decidedByFocalPoint(waiting.map((r) => r.e.id));
  return rows.filter((r) => !(r.e.category === "government" && withFocalPoints.has(r.e.country) && !decided.has(r.e.id)));
}

const dupeKey = (e: Pick<EndorsementRow, "declarationId" | "category" | "country" | "organisationKey">) =>
  `${e.declarationId}|${e.category}|${e.country}|${e.organisationKey}`;

/** Keys that more than one live endorsement shares: one query for the whole queue. */
function duplicateKeys(rows: EndorsementRow[]) {
  if (rows.length === 0) return new Set<string>();
  const live = db().select({ declarationId: endorsements.declarationId, category: endorsements.category, country: endorsements.country, organisationKey: endorsements.organisationKey, n: sql<number>`count(*)` })
    .from(endorsements)
    .where(and(inArray(endorsements.status, ["pending", "approved"]), inArray(endorsements.organisationKey, [...new Set(rows.map((r) => r.organisationKey))])))
    .groupBy(endorsements.declarationId, endorsements.category, endorsements.country, endorsements.organisationKey).all();
  return new Set(live.filter((r) => r.n > 1).map(dupeKey));
}

export function endorsementForReview(id: number) {
  const row = db().select({ e: endorsements, d: declarations }).from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId)).where(eq(endorsements.id, id)).get();
  if (!row) return null;
  const duplicates = db().select({ id: endorsements.id, organisation: endorsements.organisation, status: endorsements.status }).from(endorsements)
    .where(and(eq(endorsements.declarationId, row.e.declarationId), eq(endorsements.category, row.e.category), eq(endorsements.country, row.e.country),
      eq(endorsements.organisationKey, row.e.organisationKey), ne(endorsements.id, id), inArray(endorsements.status, ["pending", "approved"]))).all();
  return { ...row, duplicates };
}

export function letterPath(id: number) {
  const e = db().select({ file: endorsements.letterFile, name: endorsements.letterName }).from(endorsements).where(eq(endorsements.id, id)).get();
  if (!e?.file) return null;
  return { path: path.join(lettersDir(), path.basename(e.file)), name: e.name ?? "letter.pdf" };
}

export function approveEndorsement(id: number, displayName: string | null, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const e = tx.select().from(endorsements).where(and(eq(endorsements.id, id), eq(endorsements.status, "pending"))).get();
    if (!e) return false;
    const updated = tx.update(endorsements).set({ status: "approved", displayName, approvedAt: now, reviewedBy: staffUserId, reviewedAt: now })
      .where(eq(endorsements.id, id)).returning().get();
    emailEndorser(tx, "endorsement-approved", updated, tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!);
    recordChange(tx, { staffUserId, action: "approved", entity: "endorsement", entityId: id });
    return true;
  });
}

export function rejectEndorsement(id: number, reason: string, staffUserId: number, now = Date.now()) {
  return write((tx) => {
    const e = tx.select().from(endorsements).where(and(eq(endorsements.id, id), inArray(endorsements.status, ["pending", "approved"]))).get();
    if (!e) return false;
    const updated = tx.update(endorsements).set({ status: "rejected", rejectionReason: reason, reviewedBy: staffUserId, reviewedAt: now })
      .where(eq(endorsements.id, id)).returning().get();
    emailEndorser(tx, "endorsement-rejected", updated, tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!);
    recordChange(tx, { staffUserId, action: "rejected", entity: "endorsement", entityId: id });
    return true;
  });
}

export function updateDisplayName(id: number, displayName: string | null, staffUserId: number) {
  return write((tx) => {
    const changed = tx.update(endorsements).set({ displayName }).where(eq(endorsements.id, id)).run().changes > 0;
    if (changed) recordChange(tx, { staffUserId, action: "renamed", entity: "endorsement", entityId: id });
    return changed;
  });
}

// ---------------------------------------------------------------- public

/** The public face of an endorsement: no email, no representative, no letter. */
export type PublicEndorser = {
  id: number;
  name: string;
  category: EndorserCategory;
  country: string;
  region: string;
  statement: string | null;
  verified: boolean;
  approvedAt: number;
};

export type EndorserFilter = { category?: EndorserCategory; country?: string; region?: ItuRegion };

const publicColumns = {
  id: endorsements.id, category: endorsements.category, organisation: endorsements.organisation, displayName: endorsements.displayName,
  country: endorsements.country, statement: endorsements.statement, letterFile: endorsements.letterFile, approvedAt: endorsements.approvedAt,
};

function approvedOf(declarationId: number, filter: EndorserFilter = {}) {
  return and(
    eq(endorsements.declarationId, declarationId),
    eq(endorsements.status, "approved"),
    filter.category ? eq(endorsements.category, filter.category) : undefined,
    filter.country ? eq(endorsements.country, filter.country) : undefined,
    filter.region ? inArray(endorsements.country, countryCodes.filter((c) => regionOf(c) === filter.region)) : undefined,
  );
}

/** Every approved endorser with public fields only, for the open-data exports. */
export function publicEndorsers(declarationId: number, lang: Lang, filter: EndorserFilter = {}): PublicEndorser[] {
  return db().select(publicColumns).from(endorsements).where(approvedOf(declarationId, filter))
    .orderBy(asc(endorsements.category), desc(endorsements.approvedAt)).all()
    .map(toPublicEndorser(lang));
}

/**
 * One page of the public list: the filtered rows for that page, with the counts per category and
 * the countries for the filter computed by SQL, so the page costs the same with 50 or 50,000 endorsers.
 */
export function endorserPage(declarationId: number, lang: Lang, filter: EndorserFilter, page: number, perPage: number) {
  const where = approvedOf(declarationId, filter);
  const byCategory = db().select({ category: endorsements.category, n: sql<number>`count(*)` }).from(endorsements).where(where).groupBy(endorsements.category).all();
  const total = db().select({ n: sql<number>`count(*)` }).from(endorsements).where(approvedOf(declarationId)).get()?.n ?? 0;
  const countries = db().selectDistinct({ country: endorsements.country }).from(endorsements).where(approvedOf(declarationId)).all().map((r) => r.country);
  const rows = db().select(publicColumns).from(endorsements).where(where)
    .orderBy(asc(endorsements.category), desc(endorsements.approvedAt), desc(endorsements.id))
    .limit(perPage).offset((page - 1) * perPage).all().map(toPublicEndorser(lang));
  const shown = byCategory.reduce((a, c) => a + c.n, 0);
  return { total, shown, byCategory: new Map(byCategory.map((c) => [c.category, c.n])), countries, rows, pages: Math.max(1, Math.ceil(shown / perPage)) };
}

function toPublicEndorser(lang: Lang) {
  const t = getT(lang);
  const countryName = new Intl.DisplayNames([lang], { type: "region" });
  return (e: { id: number; category: EndorserCategory; organisation: string; displayName: string | null; country: string; statement: string | null; letterFile: string | null; approvedAt: number | null }): PublicEndorser => ({
      id: e.id,
      // A government is shown as the government of its country, whatever the form said.
      name: e.displayName || (e.category === "government" ? t("endorsers.governmentOf", { country: countryName.of(e.country) ?? e.country }) : e.organisation),
      category: e.category,
      country: e.country,
      region: regionOf(e.country) ?? "other",
      statement: e.statement,
      verified: e.letterFile !== null,
      approvedAt: e.approvedAt ?? 0,
    });
}


/** Staff export, with contact details. */
export function endorsementsCsvForStaff() {
  const rows = db().select({ e: endorsements, slug: declarations.slug }).from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId)).orderBy(asc(endorsements.id)).all();
  return toCsv(
    ["id", "declaration", "status", "category", "organisation", "display_name", "country", "representative", "title", "email", "statement", "letter", "submitted_at", "approved_at"],
    rows.map(({ e, slug }) => [e.id, slug, e.status, e.category, e.organisation, e.displayName ?? "", e.country, e.representativeName, e.representativeTitle,
      e.email, e.statement ?? "", e.letterName ?? "", new Date(e.createdAt).toISOString(), e.approvedAt ? new Date(e.approvedAt).toISOString() : ""]),
  );
}
