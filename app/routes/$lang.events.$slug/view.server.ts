import type { FailureData } from "~/components/forms";
import type { OfferedType } from "~/components/ParticipationTypeChoice";
import { getPublicEvent } from "~/models/events.server";
import { offeredTypes, typesWithSeats } from "~/models/participation-types.server";
import type { RegisterOutcome } from "~/models/registrations.server";
import { formatDate, formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { memoUntilWrite } from "~/utils/data-version.server";
import { formatted } from "~/utils/markdown.server";
import { metaFor } from "~/utils/meta.server";
import { organisersIn } from "~/utils/organisers.server";
import { formatEventWhen, zoneName } from "~/utils/time";
import { programmeView } from "./programme-view.server";

/**
 * What an event's page shows that only a write can change, in one language: the event, its
 * programme, its dates in words, and its types with their seats taken. Kept until the next write
 * (decision 016, eleventh round); the loader adds what the clock changes (open, closed, seats left).
 */
export function eventPageView(slug: string, lang: Lang) {
  return memoUntilWrite(`event-page:${lang}:${slug}`, () => {
    const event = getPublicEvent(slug);
    if (!event) return null;
    const title = pickTranslation(event.title, lang);
    const summary = pickTranslation(event.summary, lang);
    const view = {
      slug: event.slug,
      kind: event.kind,
      format: event.format,
      isExample: event.isExample,
      cancelled: event.status === "cancelled",
      title,
      summary,
      description: formatted(pickTranslation(event.description, lang)),
      venue: pickTranslation(event.venue, lang),
      audience: pickTranslation(event.audience, lang),
      fee: pickTranslation(event.fee, lang),
      organisers: organisersIn(lang, event.organisers),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      zoneName: zoneName(lang, event.startsAt, event.timeZone),
      dateOnly: event.dateOnly,
      // Over several days (COP28): "only the dates", in the plural where the language has one.
      severalDays: event.dateOnly && event.endsAt - event.startsAt > 26 * 3_600_000,
      whenInZone: formatEventWhen(lang, event),
      whenUtc: formatEventWhen(lang, event, "UTC"),
      requiresApproval: event.requiresApproval,
      delegatesNeedFocalPoint: event.delegatesNeedFocalPoint,
      circular: event.circular,
      // Event pages grow as the programme and speakers are confirmed: say when this one last changed.
      updatedOn: formatDate(lang, event.updatedAt, event.timeZone),
      updatedAt: new Date(event.updatedAt).toISOString(),
      pillars: event.pillars.map((p) => ({ slug: p.slug, title: pickTranslation(p.title, lang) })),
      programme: programmeView(lang, event),
    };
    return { event, view, meta: metaFor(lang, title.text, summary.text), types: typesWithSeats(event.id) };
  });
}

/** The types the form offers now, named in the page's language (or the best fallback, marked with its own). */
export function offeredTypesView(types: ReturnType<typeof typesWithSeats>, lang: Lang, now: number): OfferedType[] {
  return offeredTypes(types, now).map((ty) => {
    const name = pickTranslation(ty.name, lang);
    return {
      id: ty.id,
      name: name.text,
      lang: name.lang,
      mode: ty.mode,
      waitingList: ty.availability === "waiting-list",
      seatsLeft: ty.capacity === null ? null : formatNumber(lang, ty.capacity - ty.seated),
    };
  });
}

/** A registration the model refused, as the form shows it: the values kept, the reason localized. */
export function registerFailure(outcome: Exclude<RegisterOutcome["outcome"], "registered" | "resent">, lang: Lang, values: Record<string, string>) {
  const t = getT(lang);
  if (outcome === "choose-type") {
    return {
      status: 400,
      body: { formError: t("errors.checkFields"), fieldErrors: { participationType: t("errors.participationType") }, values } as FailureData,
    };
  }
  if (outcome === "not-invited") return { status: 403, body: { formError: t("register.notInvited"), fieldErrors: {}, values } as FailureData };
  return { status: 409, body: { formError: t("register.closed"), fieldErrors: {}, values } as FailureData };
}
