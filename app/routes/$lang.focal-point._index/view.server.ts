import type { TFunction } from "i18next";
import { delegatesOf, mayDecide } from "~/models/focal-point-delegates.server";
import { formatDate } from "~/utils/format";
import { pickTranslation, type Lang, type Picked } from "~/utils/i18n";
import { fullName } from "~/utils/person-name";

export type DelegateEvent = {
  slug: string;
  title: Picked;
  date: string;
  delegates: {
    id: number;
    name: string;
    organisation: string;
    jobTitle: string;
    email: string;
    status: string;
    /** The decisions the focal point may give now: both on a first decision, the reverse of theirs until the event. */
    offers: ("approve" | "decline")[];
  }[];
};

/** What the focal point reads: "pending" alone would hide whether it waits for them or for the secretariat. */
function statusText(t: TFunction, status: string, decision: string | null) {
  if (status !== "pending") return t(`registrationStatus.${status}`);
  return t(decision === "approved" ? "focalPoint.delegateState.approvedAwaitingSecretariat" : "focalPoint.delegateState.awaitingYou");
}

/** The focal point's own delegates, per event (the model only ever returns their country's). */
export function delegatesView(lang: Lang, t: TFunction, country: string, now = Date.now()): DelegateEvent[] {
  const out: DelegateEvent[] = [];
  for (const d of delegatesOf(country)) {
    let group = out.find((g) => g.slug === d.eventSlug);
    if (!group) {
      group = {
        slug: d.eventSlug,
        title: pickTranslation(d.eventTitle, lang),
        date: formatDate(lang, d.startsAt, d.timeZone),
        delegates: [],
      };
      out.push(group);
    }
    group.delegates.push({
      id: d.id,
      name: fullName(d.firstName, d.lastName),
      organisation: d.organisation,
      jobTitle: d.jobTitle,
      email: d.email,
      status: statusText(t, d.status, d.focalPointDecision),
      offers: (["approve", "decline"] as const).filter((decision) => mayDecide(d, decision, now)),
    });
  }
  return out;
}
