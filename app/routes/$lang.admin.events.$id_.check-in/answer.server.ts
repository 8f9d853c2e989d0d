import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { staffSessionToken } from "~/auth/staff.server";
import { checkIn, type CheckInOutcome, type ClosedDoor } from "~/models/check-in.server";
import type { StaffUser } from "~/models/staff.server";
import { formatDateTime } from "~/utils/format";
import { parseSubmission } from "~/utils/forms.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { hashToken } from "~/utils/tokens.server";
import { nameSaysMode } from "~/utils/participation-label";

export const CHECK_IN_ROLES = ["admin", "editor"] as const;

const CheckInSchema = z.object({
  code: z.string().max(64),
  // When the phone took the code (milliseconds): set by the offline queue only.
  scannedAt: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
});

export type CheckInAnswer = {
  tone: "ok" | "warn" | "error";
  outcome: CheckInOutcome["outcome"] | "refused";
  message: string;
  person: { name: string; organisation: string; seat: string; accessibilityNeeds: string | null } | null;
};

/** Why the door takes no code now, and when it opens or closed (on the page before anyone scans, and as an answer). */
export function closedDoorMessage(
  lang: Lang,
  closed: ClosedDoor,
  timeZone: string,
  // Said on the page before anyone scans: not «not checked in», which answers a code.
  asNotice = false,
) {
  const t = getT(lang, "admin");
  if (closed.outcome === "cancelled") return t(asNotice ? "checkIn.cancelledNotice" : "checkIn.cancelled");
  return closed.outcome === "not-open"
    ? t(asNotice ? "checkIn.notOpenNotice" : "checkIn.notOpen", { time: formatDateTime(lang, closed.opensAt, timeZone) })
    : t(asNotice ? "checkIn.closedNotice" : "checkIn.closed", { time: formatDateTime(lang, closed.closedAt, timeZone) });
}

/** What the desk shows for an outcome, in the staff member's language. */
function answerFor(lang: Lang, outcome: CheckInOutcome, timeZone: string): CheckInAnswer {
  const t = getT(lang, "admin");
  const typeName = "person" in outcome && outcome.person.typeName ? pickTranslation(outcome.person.typeName, lang).text : null;
  const seat = "person" in outcome ? outcome.person.seat : null;
  const person =
    "person" in outcome
      ? {
          name: outcome.person.name,
          organisation: outcome.person.organisation,
          // The participation type by its name, with how it takes part: "Delegate (in person)".
          seat:
            [
              typeName,
              // Not repeated when the type's own name says it ("Online participation").
              seat && !(typeName && nameSaysMode(typeName, getT(lang)(`participationMode.${seat}`))) ? t(`checkIn.seat.${seat}`) : null,
            ]
              .filter(Boolean)
              .join(" · ") || "—",
          accessibilityNeeds: outcome.person.accessibilityNeeds,
        }
      : null;
  switch (outcome.outcome) {
    case "checked-in":
      return { tone: "ok", outcome: outcome.outcome, message: t("checkIn.done"), person };
    case "already":
      return { tone: "warn", outcome: outcome.outcome, message: t("checkIn.already", { time: formatDateTime(lang, outcome.at, timeZone) }), person };
    case "not-confirmed":
      return {
        tone: "error",
        outcome: outcome.outcome,
        message: t("checkIn.notConfirmed", { status: getT(lang)(`registrationStatus.${outcome.status}`) }),
        person,
      };
    case "online":
      return { tone: "error", outcome: outcome.outcome, message: t("checkIn.online"), person };
    case "other-event":
      return { tone: "error", outcome: outcome.outcome, message: t("checkIn.otherEvent"), person: null };
    case "unknown":
      return { tone: "error", outcome: outcome.outcome, message: t("checkIn.unknown"), person: null };
    case "malformed":
      return { tone: "error", outcome: outcome.outcome, message: t("checkIn.malformed"), person: null };
    case "not-open":
    case "closed":
    case "cancelled":
      return { tone: "error", outcome: outcome.outcome, message: closedDoorMessage(lang, outcome, timeZone), person: null };
    case "locked":
      return { tone: "error", outcome: outcome.outcome, message: t("checkIn.locked", { time: formatDateTime(lang, outcome.until, timeZone) }), person: null };
  }
}

/** One check-in POST, from the page's form or from its offline queue: CSRF, then the model, then the answer. */
export async function handleCheckIn(args: {
  request: Request;
  context: AppLoadContext;
  lang: Lang;
  user: StaffUser;
  event: { id: number; timeZone: string };
}): Promise<{ status: number; answer: CheckInAnswer }> {
  const { request, context, lang, user, event } = args;
  const s = await parseSubmission({ request, context, lang, schema: CheckInSchema, guard: { kind: "signed-in" } });
  if (!s.ok) return { status: s.status, answer: { tone: "error", outcome: "refused", message: s.failure.formError ?? "", person: null } };
  const outcome = checkIn({
    eventId: event.id,
    typed: s.data.code,
    staffUserId: user.id,
    // Guesses are counted per staff session: a locked phone does not lock the colleague's.
    guessKey: `check-in:${hashToken(staffSessionToken(request) ?? String(user.id))}`,
    scannedAt: s.data.scannedAt || undefined,
  });
  const status = outcome.outcome === "locked" ? 429 : outcome.outcome === "malformed" ? 400 : 200;
  return { status, answer: answerFor(lang, outcome, event.timeZone) };
}
