import { and, eq, gt, ne, notExists } from "drizzle-orm";
import {
  endorsements,
  focalPointDelegateDecisions,
  focalPointEndorsementDecisions,
  focalPoints,
  outbox,
  registrations,
  events,
  type declarations,
} from "../../db/schema";
import { countryName } from "~/utils/country-options";
import { db, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";

/** Whether a Member State has a focal point now (who then decides for its government). */
export function hasActiveFocalPoint(country: string, tx: Pick<Tx, "select"> = db()): boolean {
  return !!tx
    .select({ id: focalPoints.id })
    .from(focalPoints)
    .where(and(eq(focalPoints.country, country), eq(focalPoints.active, true)))
    .get();
}

/**
 * A government endorsement whose country has a focal point waits for them once confirmed by email
 * (focal-point-endorsements.server.ts), not for the secretariat: the endorser is told so.
 */
export function endorsementAwaitsFocalPoint(e: { category: string; country: string }, tx: Pick<Tx, "select"> = db()): boolean {
  return e.category === "government" && hasActiveFocalPoint(e.country, tx);
}

/**
 * How long a government's endorsement waits for its focal point, from the day its sender confirmed their
 * address, or the country's focal point was designated if later: after that the secretariat may review it
 * without their decision (they may still decide until then), so that an endorsement never waits forever for a
 * focal point who has moved on. The focal point is told the date.
 */
export const FOCAL_POINT_WAIT_MS = 30 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/**
 * When the focal point's wait for this endorsement ends: at the end (UTC) of the 30th day, so that the last day
 * they are given is theirs in full. `focalPointSince`: when the country's focal point was designated.
 */
export function focalPointWaitEnds(e: { verifiedAt: number | null; createdAt: number }, focalPointSince = 0): number {
  return Math.ceil((Math.max(e.verifiedAt ?? e.createdAt, focalPointSince) + FOCAL_POINT_WAIT_MS) / DAY_MS) * DAY_MS;
}

/** The last day of a wait that ends at `ends`, as the pages and emails give it ("until 27 December"). */
export const lastDayOfWait = (ends: number) => ends - 1;

/** A focal point with endorsements already waiting is told of a new one at most this often. */
export const ENDORSEMENT_NOTICE_INTERVAL_MS = 24 * 3_600_000;

/** Another government endorsement of the country, confirmed by email, already waits for its focal point. */
function othersWaiting(tx: Pick<Tx, "select">, country: string, endorsementId: number): boolean {
  return !!tx
    .select({ id: endorsements.id })
    .from(endorsements)
    .where(
      and(
        eq(endorsements.category, "government"),
        eq(endorsements.country, country),
        eq(endorsements.status, "pending"),
        ne(endorsements.id, endorsementId),
        notExists(
          tx
            .select({ x: focalPointEndorsementDecisions.endorsementId })
            .from(focalPointEndorsementDecisions)
            .where(eq(focalPointEndorsementDecisions.endorsementId, endorsements.id)),
        ),
      ),
    )
    .get();
}

/** Government endorsements of the country, confirmed by email, that wait for a focal point's decision. */
export const endorsementsWaitingFor = (tx: Pick<Tx, "select">, country: string) => othersWaiting(tx, country, 0);

/** Whether this address was told, by this template, of a waiting endorsement (or delegate) since `since`. */
function toldSince(tx: Pick<Tx, "select">, email: string, since: number, template = "focal-point-endorsement-awaits"): boolean {
  return !!tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.toAddress, email), eq(outbox.template, template), gt(outbox.createdAt, since)))
    .get();
}

/**
 * Each active focal point of the country is told, in their own language and in the caller's transaction, that a
 * government's endorsement now waits for their decision: the secretariat does not see it before, so without this
 * it would wait unseen. Only the portal's own words, the declaration's title and the country: nothing the sender typed.
 *
 * Anyone may send an endorsement in a government's name, so a stranger with many mailboxes could otherwise have
 * the portal write to a focal point for each one. A focal point who already has endorsements waiting (their page
 * lists them all) and was told of one in the last ENDORSEMENT_NOTICE_INTERVAL_MS is not told again; once they have
 * decided those waiting, the next one is told at once.
 */
export function emailFocalPointsOfEndorsement(
  tx: Tx,
  endorsement: { id: number; country: string; verifiedAt: number | null; createdAt: number },
  declaration: Pick<typeof declarations.$inferSelect, "title">,
  now = Date.now(),
) {
  const { country } = endorsement;
  const recipients = tx
    .select({ name: focalPoints.name, email: focalPoints.email, lang: focalPoints.lang, since: focalPoints.designatedAt })
    .from(focalPoints)
    .where(and(eq(focalPoints.country, country), eq(focalPoints.active, true)))
    .all();
  const queueWasEmpty = !othersWaiting(tx, country, endorsement.id);
  const ends = focalPointWaitEnds(endorsement, Math.min(...recipients.map((r) => r.since)));
  for (const fp of recipients) {
    if (!queueWasEmpty && toldSince(tx, fp.email, now - ENDORSEMENT_NOTICE_INTERVAL_MS)) continue;
    const lang = fp.lang as Lang;
    enqueueEmail(tx, {
      to: fp.email,
      lang,
      template: "focal-point-endorsement-awaits",
      props: {
        name: fp.name,
        country: countryName(lang, country),
        declaration: pickTranslation(declaration.title, lang).text,
        deadline: formatDate(lang, lastDayOfWait(ends)),
        url: `${publicOrigin()}/${lang}/focal-point/sign-in`,
      },
    });
  }
}

/**
 * A pending registration that waits for its government's focal point, not for the secretariat: a
 * delegate of an event that asks for the focal point's approval, from a Member State that has an
 * active focal point, who has not decided yet. (Without a focal point the secretariat decides, as for
 * any pending registration.) The registrant is told whose decision they await.
 */
export function awaitsFocalPoint(
  reg: Pick<typeof registrations.$inferSelect, "id" | "status" | "governmentDelegate" | "country">,
  event: Pick<typeof events.$inferSelect, "delegatesNeedFocalPoint">,
  tx: Pick<Tx, "select"> = db(),
): boolean {
  if (reg.status !== "pending" || !reg.governmentDelegate || !event.delegatesNeedFocalPoint || !reg.country) return false;
  if (!hasActiveFocalPoint(reg.country, tx)) return false;
  const decided = tx
    .select({ id: focalPointDelegateDecisions.registrationId })
    .from(focalPointDelegateDecisions)
    .where(eq(focalPointDelegateDecisions.registrationId, reg.id))
    .get();
  return !decided;
}

/** The email that tells a registrant their new status: a delegate waiting for the focal point is told so. */
export function statusEmail(
  reg: Parameters<typeof awaitsFocalPoint>[0],
  event: Parameters<typeof awaitsFocalPoint>[1],
  tx: Pick<Tx, "select">,
): "registration-confirmed" | "registration-pending" | "registration-pending-focal-point" | "registration-waiting" {
  if (reg.status === "confirmed") return "registration-confirmed";
  if (reg.status !== "pending") return "registration-waiting";
  return awaitsFocalPoint(reg, event, tx) ? "registration-pending-focal-point" : "registration-pending";
}

/** A delegate's focal point is told of a new one at most this often while others still wait for them. */
const DELEGATE_NOTICE_INTERVAL_MS = 24 * 3_600_000;

/** Another delegate of the country, with a proven address, already waits for its focal point. */
function otherDelegatesWaiting(tx: Pick<Tx, "select">, country: string, registrationId: number): boolean {
  return !!tx
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.country, country),
        eq(registrations.governmentDelegate, true),
        eq(registrations.status, "pending"),
        eq(registrations.addressProven, true),
        eq(events.delegatesNeedFocalPoint, true),
        ne(registrations.id, registrationId),
        notExists(
          tx
            .select({ x: focalPointDelegateDecisions.registrationId })
            .from(focalPointDelegateDecisions)
            .where(eq(focalPointDelegateDecisions.registrationId, registrations.id)),
        ),
      ),
    )
    .get();
}

/**
 * Each active focal point of the delegate's country is told, in their own language, that a delegate now awaits
 * their approval: the secretariat may not decide it, so without this the delegate would wait unseen. Only the
 * portal's words, the event's title and the country: nothing the registrant typed. As for endorsements, one
 * already told in the last day while others still wait is not told again (their page lists them all).
 */
export function emailFocalPointsOfDelegate(
  tx: Tx,
  reg: Pick<typeof registrations.$inferSelect, "id" | "country">,
  event: Pick<typeof events.$inferSelect, "title">,
  now = Date.now(),
) {
  if (!reg.country) return;
  const country = reg.country;
  const recipients = tx
    .select({ name: focalPoints.name, email: focalPoints.email, lang: focalPoints.lang })
    .from(focalPoints)
    .where(and(eq(focalPoints.country, country), eq(focalPoints.active, true)))
    .all();
  const othersWait = otherDelegatesWaiting(tx, country, reg.id);
  for (const fp of recipients) {
    if (othersWait && toldSince(tx, fp.email, now - DELEGATE_NOTICE_INTERVAL_MS, "focal-point-delegate-awaits")) continue;
    const lang = fp.lang as Lang;
    enqueueEmail(tx, {
      to: fp.email,
      lang,
      template: "focal-point-delegate-awaits",
      props: {
        name: fp.name,
        country: countryName(lang, country),
        event: pickTranslation(event.title, lang).text,
        url: `${publicOrigin()}/${lang}/focal-point/sign-in`,
      },
    });
  }
}
