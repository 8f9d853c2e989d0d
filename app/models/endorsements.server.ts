import { and, eq, ne } from "drizzle-orm";
import { declarations, endorsements } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail, mayEmailFromPublicForm } from "~/utils/outbox.server";
import { isEndorsementOpen } from "./declarations.server";
import { emailFocalPointsOfEndorsement, endorsementAwaitsFocalPoint } from "./focal-point-wait.server";
import type { EndorserCategory } from "./endorsement-types";
import { hashToken, isTokenShaped, linkToken, newToken, unusableTokenHash } from "~/utils/tokens.server";
import { hasRoomFor, isStorageFull, releaseLetter, stageLetter } from "./endorsement-letters.server";
import { inspectPdf } from "~/utils/pdf";

// The endorser's side of an endorsement: submit, verify by email, withdraw. The secretariat's review
// is in endorsement-review.server.ts, the public list in endorsement-directory.server.ts.

export const VERIFY_TTL_MS = 48 * 3_600_000;

/** Folds an organisation's name so "Ministère de l'Économie" and "ministere de l economie" meet. */
export function organisationKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A PDF by its structure (app/utils/pdf.ts): header at byte 0, a cross-reference, no active content. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return inspectPdf(bytes) === "ok";
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

export type EndorsementRow = typeof endorsements.$inferSelect;
export type Declaration = typeof declarations.$inferSelect;

/** The withdraw link's token for an email; only its hash is stored (a row from before hashing is given it here). */
function withdrawTokenFor(tx: Tx, e: Pick<EndorsementRow, "id" | "createdAt" | "manageTokenHash">): string {
  const token = linkToken("endorsement", e.id, e.createdAt);
  const hash = hashToken(token);
  if (e.manageTokenHash !== hash) tx.update(endorsements).set({ manageTokenHash: hash }).where(eq(endorsements.id, e.id)).run();
  return token;
}

export function emailEndorser(
  tx: Tx,
  template:
    | "endorsement-verify"
    | "endorsement-received"
    | "endorsement-received-focal-point"
    | "endorsement-approved"
    | "endorsement-rejected"
    | "endorsement-withdrawn-by-focal-point"
    | "endorsement-refused-by-focal-point",
  e: EndorsementRow,
  d: Declaration,
  verifyToken?: string,
) {
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
      withdrawUrl: `${publicOrigin()}/${lang}/endorsements/${withdrawTokenFor(tx, e)}`,
      reason: e.rejectionReason ?? "",
    },
  });
}

export type SubmitOutcome = { ok: true } | { ok: false; reason: "closed" | "letters-full" | "storage-full" };

/**
 * Records an endorsement awaiting email verification. Its letter waits in quarantine
 * (endorsement-letters.server.ts) under a total cap; the file is written under a temporary name
 * and renamed in the same try as the database write, so a failure of either leaves neither.
 */
export function submitEndorsement(
  declarationId: number,
  lang: Lang,
  input: EndorsementInput,
  letter: { bytes: Uint8Array; name: string } | null,
  now = Date.now(),
): SubmitOutcome {
  let staged: ReturnType<typeof stageLetter> | null = null;
  try {
    if (letter && !db().transaction((tx) => hasRoomFor(tx, letter.bytes.byteLength))) return { ok: false, reason: "letters-full" };
    staged = letter ? stageLetter(letter.bytes) : null;
    const result = write((tx): SubmitOutcome => {
      const declaration = tx.select().from(declarations).where(eq(declarations.id, declarationId)).get();
      if (!declaration || declaration.status !== "published" || !isEndorsementOpen(declaration, now)) return { ok: false, reason: "closed" };
      // Checked again inside the transaction: two uploads at once cannot both take the last room.
      if (letter && !hasRoomFor(tx, letter.bytes.byteLength)) return { ok: false, reason: "letters-full" };
      const verifyToken = newToken();
      const row = tx
        .insert(endorsements)
        .values({
          ...input,
          declarationId,
          organisationKey: organisationKey(input.organisation),
          lang,
          letterFile: staged?.file ?? null,
          letterName: letter ? letter.name.slice(0, 200) : null,
          letterSize: letter ? letter.bytes.byteLength : null,
          status: "unverified",
          verifyTokenHash: hashToken(verifyToken),
          verifyExpiresAt: now + VERIFY_TTL_MS,
          manageTokenHash: unusableTokenHash(),
          createdAt: now,
        })
        .returning()
        .get();
      if (mayEmailFromPublicForm(tx, row.email, true, now)) emailEndorser(tx, "endorsement-verify", row, declaration, verifyToken);
      else withdrawTokenFor(tx, row);
      // The rename is the last step that can fail: if it throws, the transaction rolls back.
      staged?.commit();
      return { ok: true };
    });
    if (!result.ok) staged?.discard();
    return result;
  } catch (error) {
    staged?.discard();
    if (isStorageFull(error)) return { ok: false, reason: "storage-full" };
    throw error;
  }
}

export function findByVerifyToken(token: string) {
  if (!isTokenShaped(token)) return null;
  return (
    db()
      .select()
      .from(endorsements)
      .where(eq(endorsements.verifyTokenHash, hashToken(token)))
      .get() ?? null
  );
}

export type VerifyOutcome = "verified" | "already" | "expired" | "unknown";

/** The verification link works once, before it expires; then the secretariat reviews. */
export function verifyEndorsement(token: string, now = Date.now()): VerifyOutcome {
  const found = findByVerifyToken(token);
  if (!found) return "unknown";
  const outcome = write((tx) => {
    const e = tx.select().from(endorsements).where(eq(endorsements.id, found.id)).get()!;
    if (e.verifiedAt !== null || e.status !== "unverified") return "already";
    if ((e.verifyExpiresAt ?? 0) < now) return "expired";
    const updated = tx.update(endorsements).set({ status: "pending", verifiedAt: now }).where(eq(endorsements.id, e.id)).returning().get();
    const declaration = tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!;
    // A government's endorsement goes to its focal point first where the country has one: the endorser is told so,
    // and so are the focal points, who would otherwise learn of it only by signing in.
    const toFocalPoint = endorsementAwaitsFocalPoint(updated, tx);
    emailEndorser(tx, toFocalPoint ? "endorsement-received-focal-point" : "endorsement-received", updated, declaration);
    if (toFocalPoint) emailFocalPointsOfEndorsement(tx, updated, declaration, now);
    return "verified" as const;
  });
  if (outcome === "verified" && found.letterFile) releaseLetter(found.letterFile);
  return outcome;
}

export function findByManageToken(token: string) {
  if (!isTokenShaped(token)) return null;
  return (
    db()
      .select({ e: endorsements, d: declarations })
      .from(endorsements)
      .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
      .where(eq(endorsements.manageTokenHash, hashToken(token)))
      .get() ?? null
  );
}

export function withdrawEndorsement(token: string, now = Date.now()) {
  return write(
    (tx) =>
      tx
        .update(endorsements)
        .set({ status: "withdrawn", withdrawnAt: now })
        .where(and(eq(endorsements.manageTokenHash, hashToken(token)), ne(endorsements.status, "withdrawn"), ne(endorsements.status, "rejected")))
        .run().changes > 0,
  );
}
