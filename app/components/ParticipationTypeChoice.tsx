import type { FailureData } from "~/components/forms";
import { RequiredMark } from "~/components/fields";
import { useFieldId } from "~/components/form-ids";
import { nameSaysMode } from "~/utils/participation-label";
import { useTranslation } from "~/utils/use-translation";

export type OfferedType = { id: number; name: string; lang: string; mode: "in-person" | "online"; waitingList: boolean; seatsLeft: string | null };

/**
 * "How will you take part?": a radio group of the types the form offers now, each saying whether it
 * has seats or a waiting list. Plain radios in the form: no JavaScript needed.
 */
export function ParticipationTypeChoice({ types, failure }: { types: OfferedType[]; failure?: FailureData | null }) {
  const { t } = useTranslation();
  // The first radio has the group's id: the error summary links there, and the legend is read on arrival.
  const id = useFieldId("participationType");
  const error = failure?.fieldErrors?.participationType;
  const chosen = failure?.values?.participationType;
  return (
    <fieldset className={`field${error ? " field-invalid" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend id={`${id}-label`}>
        {t("participation.legend")}
        <RequiredMark />
      </legend>
      <input type="hidden" name="typeChoice" value="offered" />
      {/* Where the group stands in the form, sent even when no radio is chosen: the error summary lists it here. */}
      <input type="hidden" name="_at" value="participationType" />
      {types.map((ty, i) => (
        <div className="field-checkbox" key={ty.id}>
          {/* The words in a box of their own beside the radio: wrapped on a phone, they stay clear of it. */}
          {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- the radio is inside, its words two spans deep (beyond the rule's reach) */}
          <label className="choice">
            <input id={i === 0 ? id : undefined} type="radio" name="participationType" value={ty.id} defaultChecked={chosen === String(ty.id)} />
            <span>
              <span lang={ty.lang}>{ty.name}</span>
              <span className="muted">
                {nameSaysMode(ty.name, t(`participationMode.${ty.mode}`)) ? null : (
                  <>
                    {t("dash")}
                    {t(`participationMode.${ty.mode}`)}
                  </>
                )}
                {" · "}
                {ty.waitingList
                  ? t("participation.waitingList")
                  : ty.seatsLeft
                    ? t("participation.seatsLeft", { seats: ty.seatsLeft })
                    : t("participation.open")}
              </span>
            </span>
          </label>
        </div>
      ))}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
