import { lt } from "drizzle-orm";
import { focalPointSessions, focalPointSignInTokens, partnerSessions, partnerSignInTokens, staffPasswordLinks, staffSessions } from "../../db/schema";
import { write } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { recordChange } from "./audit.server";
import { dropUnconfirmedRequests } from "./partner-requests.server";
import { deleteVisaLettersOfEventsEndedBefore, VISA_DETAILS_DAYS_AFTER_EVENT } from "./visa-letters.server";
import {
  anonymiseRegistrations,
  cancelledRegistrationsBefore,
  closedEndorsementsBefore,
  deleteEndorsements,
  deleteInvitations,
  dropDeliveredBodies,
  registrationsOfEventsEndedBefore,
  removeLetterFiles,
} from "./personal-data.server";

const DAY = 86_400_000;

export type RetentionCounts = {
  cancelledRegistrations: number;
  pastEventRegistrations: number;
  visaLetterRequests: number;
  closedEndorsements: number;
  emailBodies: number;
  expiredSessionsAndLinks: number;
  unconfirmedJoinRequests: number;
};

/**
 * The retention schedule (README "Retention"), run by the scheduler: each period comes from the
 * environment. One transaction; when anything went, the audit log says how much (never what).
 */
export function applyRetention(now = Date.now()): RetentionCounts {
  const e = env();
  const { counts, files } = write((tx) => {
    const cancelled = cancelledRegistrationsBefore(tx, now - e.RETAIN_CANCELLED_REGISTRATIONS_DAYS * DAY);
    const cancelledDone = anonymiseRegistrations(tx, cancelled, now);
    const past = registrationsOfEventsEndedBefore(tx, now - e.RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS * DAY);
    const pastDone = anonymiseRegistrations(tx, past, now);
    deleteInvitations(tx, { eventsEndedBefore: now - e.RETAIN_REGISTRATIONS_AFTER_EVENT_DAYS * DAY });
    const visaLetters = deleteVisaLettersOfEventsEndedBefore(tx, now - VISA_DETAILS_DAYS_AFTER_EVENT * DAY);
    const closed = closedEndorsementsBefore(tx, now - e.RETAIN_CLOSED_ENDORSEMENTS_DAYS * DAY, now);
    const files = deleteEndorsements(tx, closed);
    const emailBodies = dropDeliveredBodies(tx, now - e.RETAIN_EMAIL_BODIES_DAYS * DAY);
    // A used link stays until it would have expired, so that opening it again says "already used"
    // rather than "unknown"; it holds only a hash and its owner's id.
    const expired =
      tx.delete(staffSessions).where(lt(staffSessions.expiresAt, now)).run().changes +
      tx.delete(partnerSessions).where(lt(partnerSessions.expiresAt, now)).run().changes +
      tx.delete(focalPointSessions).where(lt(focalPointSessions.expiresAt, now)).run().changes +
      tx.delete(staffPasswordLinks).where(lt(staffPasswordLinks.expiresAt, now)).run().changes +
      tx.delete(partnerSignInTokens).where(lt(partnerSignInTokens.expiresAt, now)).run().changes +
      tx.delete(focalPointSignInTokens).where(lt(focalPointSignInTokens.expiresAt, now)).run().changes;
    const counts: RetentionCounts = {
      cancelledRegistrations: cancelledDone,
      pastEventRegistrations: pastDone,
      visaLetterRequests: visaLetters,
      closedEndorsements: closed.length,
      emailBodies,
      expiredSessionsAndLinks: expired,
      // A join request whose link lapsed unopened, with the name and address given in it.
      unconfirmedJoinRequests: dropUnconfirmedRequests(tx, now),
    };
    if (Object.values(counts).some((n) => n > 0)) {
      recordChange(tx, { action: "retention-applied", entity: "personal-data", entityId: new Date(now).toISOString().slice(0, 10), detail: counts });
    }
    return { counts, files };
  });
  // The rows are gone first: a crash here leaves an orphan file, which the start-up sweep removes.
  removeLetterFiles(files);
  return counts;
}
