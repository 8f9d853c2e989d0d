import type { FailureData } from "~/components/forms";
import type { OfferedType } from "~/components/ParticipationTypeChoice";
import { offeredTypes, type typesWithSeats } from "~/models/participation-types.server";
import type { RegisterOutcome } from "~/models/registrations.server";
import { formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";

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
