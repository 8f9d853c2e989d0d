import type { TFunction } from "i18next";
import { delegatesOf } from "~/models/focal-point-delegates.server";
import { formatDate } from "~/utils/format";
import { pickTranslation, type Lang, type Picked } from "~/utils/i18n";

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
    pending: boolean;
  }[];
};

/** The focal point's own delegates, per event (the model only ever returns their country's). */
export function delegatesView(lang: Lang, t: TFunction, country: string): DelegateEvent[] {
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
      name: `${d.firstName} ${d.lastName}`,
      organisation: d.organisation,
      jobTitle: d.jobTitle,
      email: d.email,
      status: t(`registrationStatus.${d.status}`),
      pending: d.status === "pending",
    });
  }
  return out;
}
