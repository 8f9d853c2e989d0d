import type { LoaderFunctionArgs } from "@remix-run/node";
import { carriesCheckInCode, issueCheckInCode } from "~/models/check-in.server";
import { awaitsFocalPoint } from "~/models/focal-point-wait.server";
import { eventRegistrationState } from "~/models/participation-types.server";
import { nameIsFixed } from "~/models/registrant-details.server";
import { mayJoinOnline } from "~/models/registrant-emails.server";
import { getRegistrationByToken } from "~/models/registrations.server";
import { mayRequestVisaLetter, visaLetterStateOf } from "~/models/visa-letters.server";
import { offeredTypesView } from "~/routes/$lang.events.$slug/view.server";
import { groupCheckInCode } from "~/utils/check-in-code";
import { packedCountryOptions } from "~/utils/country-options";
import { write } from "~/utils/db.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { metaFor } from "~/utils/meta.server";
import { qrSvgPath } from "~/utils/qr.server";
import { formatEventWhen } from "~/utils/time";

/** The registration a manage link names (the link is the registrant's only key), or a 404. */
export function registrationOfLink(params: LoaderFunctionArgs["params"]) {
  const lang = langParam(params);
  const token = params.token ?? "";
  const found = getRegistrationByToken(token);
  if (!found) throw notFound();
  return { lang, token, ...found };
}

/** What a page behind the manage link starts with; it is personal, so no cache keeps it. */
export function linkPageBase(lang: Lang, token: string, titleKey: "manage.title" | "visa.heading") {
  return { lang, token, meta: metaFor(lang, getT(lang)(titleKey)), countries: packedCountryOptions(lang) };
}
export const NO_STORE = { headers: { "Cache-Control": "no-store" } };

type Found = NonNullable<ReturnType<typeof getRegistrationByToken>>;

function checkInDisplay(reg: { id: number; createdAt: number }) {
  // Shown here as in the email: recorded (by its hash) so the door finds it.
  const code = groupCheckInCode(write((tx) => issueCheckInCode(tx, reg)));
  return { code, qr: qrSvgPath(code) };
}

/** The manage page: the registration as it stands, and what its holder may still do with it. */
export function manageView(lang: Lang, { reg, event, position, type }: Found) {
  const active = ["confirmed", "waiting", "pending", "held", "unverified"].includes(reg.status);
  const called = event.status === "cancelled";
  const title = pickTranslation(event.title, lang);
  const { state, types } = eventRegistrationState(event);
  // The other types with a free seat and nobody waiting: the ones a registrant may move to.
  // Offered while the event takes registrations only (its window, not seats: a full type is left out below).
  const mayMove = reg.addressProven && ["confirmed", "waiting", "pending"].includes(reg.status) && ["open", "waiting-list"].includes(state.kind);
  const otherTypes = mayMove ? offeredTypesView(types, lang, Date.now()) : [];
  return {
    active,
    visa: { may: mayRequestVisaLetter(reg, event), state: visaLetterStateOf(reg.id) },
    event: {
      slug: event.slug,
      title,
      when: formatEventWhen(lang, event),
      past: event.endsAt < Date.now(),
      // Called off: the page says so, and hands out no code for the door nor changes to a registration for it.
      cancelled: event.status === "cancelled",
      // After cancelling, the way back: the event still takes registrations (a seat or the waiting list).
      open: ["open", "waiting-list"].includes(state.kind),
    },
    registration: {
      // A registration still on for an event called off reads as cancelled, not «confirmed» beside «cancelled».
      status: called && active ? ("cancelled" as const) : reg.status,
      awaitsFocalPoint: !called && awaitsFocalPoint(reg, event),
      position: position ? formatNumber(lang, position) : null,
      // The join link is for confirmed registrants holding an online seat only.
      joinUrl: mayJoinOnline(reg, type, event) ? event.joinUrl : null,
      participationType: type ? pickTranslation(type.name, lang).text : null,
      // Cancelling frees a seat for someone else only where seats are counted and this one holds one.
      freesSeat: (reg.status === "confirmed" || reg.status === "held") && (type ? type.capacity !== null : event.capacity !== null),
      otherTypes: otherTypes.filter((o) => o.id !== reg.participationTypeId && !o.waitingList),
      // A confirmed seat in the room: the code to show at the door, until the event is over.
      checkIn: carriesCheckInCode(reg) && event.endsAt > Date.now() && event.status !== "cancelled" ? checkInDisplay(reg) : null,
      email: reg.email,
      // Until the button below is pressed, the registration does not count.
      proven: reg.addressProven,
      // Approved by name (the secretariat, a focal point): the name fields are shown, not offered for change.
      nameFixed: nameIsFixed(reg, event),
      heldUntil: reg.status === "held" && reg.holdExpiresAt ? formatDateTime(lang, reg.holdExpiresAt, event.timeZone) : null,
      details: {
        firstName: reg.firstName,
        lastName: reg.lastName,
        organisation: reg.organisation,
        organisationType: reg.organisationType,
        country: reg.country,
        jobTitle: reg.jobTitle,
        gender: reg.gender,
        accessibilityNeeds: reg.accessibilityNeeds,
      },
    },
  };
}
