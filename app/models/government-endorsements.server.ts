import { and, asc, eq } from "drizzle-orm";
import { declarations, endorsements } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { recordChange } from "./audit.server";
import { emailEndorser, type EndorsementRow } from "./endorsements.server";
import type { FocalPoint } from "./focal-points.server";

/**
 * A government's endorsements once published, as its focal point manages them. Without this, an
 * endorsement the focal point made (it has no withdraw link) or confirmed stayed public in the
 * government's name for good: only whoever held the submitter's emailed link could take it back.
 */

/** The country's government endorsements published on the portal, by declaration. */
export function publishedGovernmentEndorsements(country: string) {
  return db()
    .select({
      id: endorsements.id,
      organisation: endorsements.organisation,
      approvedAt: endorsements.approvedAt,
      title: declarations.title,
      slug: declarations.slug,
    })
    .from(endorsements)
    .innerJoin(declarations, eq(declarations.id, endorsements.declarationId))
    .where(and(eq(endorsements.category, "government"), eq(endorsements.country, country), eq(endorsements.status, "approved")))
    .orderBy(asc(endorsements.approvedAt))
    .all();
}

/**
 * The focal point withdraws a published endorsement made in their government's name: it leaves the
 * endorsers' list, the map and the open data at once, and the change history says who withdrew it.
 * The government may endorse again afterwards, and whoever submitted it is emailed. Another country's,
 * or one not published, is "not-found".
 */
export function withdrawGovernmentEndorsement(fp: FocalPoint, endorsementId: number, now = Date.now()): "done" | "not-found" {
  return write((tx) => {
    const withdrawn = tx
      .update(endorsements)
      .set({ status: "withdrawn", withdrawnAt: now })
      .where(
        and(
          eq(endorsements.id, endorsementId),
          eq(endorsements.category, "government"),
          eq(endorsements.country, fp.country),
          eq(endorsements.status, "approved"),
        ),
      )
      .returning()
      .get();
    if (!withdrawn) return "not-found";
    // Whoever submitted it in the government's name is told, unless it was the focal point themselves.
    if (withdrawn.email.toLowerCase() !== fp.email.toLowerCase()) {
      emailEndorser(
        tx,
        "endorsement-withdrawn-by-focal-point",
        withdrawn,
        tx.select().from(declarations).where(eq(declarations.id, withdrawn.declarationId)).get()!,
      );
    }
    recordChange(tx, {
      action: "focal-point-withdrew",
      entity: "endorsement",
      entityId: endorsementId,
      detail: { focalPointId: fp.id, country: fp.country },
    });
    return "done";
  });
}

/**
 * The focal point refuses an endorsement submitted in their government's name: it is not accepted, and
 * whoever submitted it is told so (before, nothing reached them after "we will tell you when it is
 * published"), with the focal point's note as the reason. In the caller's transaction.
 */
export function refuseForGovernment(tx: Tx, e: EndorsementRow, note: string | null, now: number) {
  const refused = tx
    .update(endorsements)
    .set({ status: "rejected", rejectionReason: note ?? "", reviewedAt: now })
    .where(eq(endorsements.id, e.id))
    .returning()
    .get()!;
  emailEndorser(tx, "endorsement-refused-by-focal-point", refused, tx.select().from(declarations).where(eq(declarations.id, e.declarationId)).get()!);
}
