import { CheckboxField, Field, FormError, SafeForm, SelectField, type FailureData } from "~/components/forms";
import { DataTable } from "~/components/DataTable";
import { TranslatedInputs } from "~/components/TranslatedInputs";
import { endonym, type Lang } from "~/utils/i18n";
import { useTranslation } from "~/utils/use-translation";
import type { Translated } from "~/utils/i18n";

type TypeView = {
  id: number;
  main: boolean;
  name: Translated;
  label: string;
  mode: string;
  capacity: string;
  requiresApproval: boolean;
  invitationOnly: boolean;
  opensAt: string;
  closesAt: string;
  taken: string;
  waiting: string;
};

/** One participation type's form (or, with no type, the form that adds one). */
export function TypeForm({ type, failure }: { type: TypeView | null; failure: FailureData | null }) {
  const { t } = useTranslation("admin");
  const { t: tc } = useTranslation();
  const heading = type ? `type-${type.id}` : "type-new";
  return (
    <section className="card" aria-labelledby={heading}>
      {type ? (
        <h2 id={heading}>
          <bdi>{type.label}</bdi>
        </h2>
      ) : (
        <h3 id={heading} className="visually-hidden">
          {t("types.add")}
        </h3>
      )}
      {type ? <p className="muted">{t("types.seatsTaken", { taken: type.taken, waiting: type.waiting })}</p> : null}
      <SafeForm className="stack" noValidate aria-labelledby={heading}>
        <FormError failure={failure} />
        <input type="hidden" name="typeId" value={type?.id ?? ""} />
        <TranslatedInputs name="name" label={t("types.name")} values={type?.name} failure={failure} required maxLength={120} />
        <SelectField
          name="mode"
          label={t("types.mode")}
          options={(["in-person", "online"] as const).map((m) => ({ value: m, label: tc(`participationMode.${m}`) }))}
          defaultValue={type?.mode ?? "in-person"}
          failure={failure}
          required
        />
        <Field name="capacity" type="number" label={t("types.capacity")} hint={t("types.capacityHint")} defaultValue={type?.capacity ?? ""} failure={failure} />
        <Field name="opensAt" type="datetime-local" label={t("types.opensAt")} defaultValue={type?.opensAt ?? ""} failure={failure} />
        <Field name="closesAt" type="datetime-local" label={t("types.closesAt")} defaultValue={type?.closesAt ?? ""} failure={failure} />
        <CheckboxField name="requiresApproval" label={t("editor.requiresApproval")} defaultChecked={type?.requiresApproval ?? false} failure={failure} />
        <CheckboxField name="invitationOnly" label={t("types.invitationOnly")} defaultChecked={type?.invitationOnly ?? false} failure={failure} />
        {type?.main ? <p className="hint">{t("types.mainHint")}</p> : null}
        <div className="inline-form">
          <button type="submit" name="intent" value="save" className="button">
            {type ? t("types.save") : t("types.add")}
          </button>
        </div>
      </SafeForm>
      {type && !type.main ? (
        <SafeForm>
          <input type="hidden" name="typeId" value={type.id} />
          <button type="submit" name="intent" value="delete" className="button button-small button-secondary">
            {t("types.delete", { name: type.label })}
          </button>
        </SafeForm>
      ) : null}
    </section>
  );
}

type Invitation = { id: number; email: string; name: string | null; type: string; at: string; used: boolean };

/** Inviting people to invitation-only types: one address, or a pasted or uploaded CSV list. */
export function InviteForms(props: {
  types: { value: string; label: string }[];
  languages: readonly Lang[];
  lang: Lang;
  failure: FailureData | null;
  invitations: Invitation[];
}) {
  const { t } = useTranslation("admin");
  const langOptions = props.languages.map((l) => ({ value: l, label: endonym(l) }));
  const single = props.failure?.values?.intent === "invite" ? props.failure : null;
  const list = props.failure?.values?.intent === "invite-list" ? props.failure : null;
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("types.inviteTitle")}</h2>
      <p>{t("types.inviteIntro")}</p>
      <SafeForm className="stack card" noValidate aria-label={t("types.inviteOne")}>
        <h3>{t("types.inviteOne")}</h3>
        <FormError failure={single} />
        <SelectField name="typeId" label={t("types.type")} options={props.types} failure={single} required />
        <Field name="email" type="email" label={t("desk.email")} failure={single} required dir="ltr" maxLength={254} />
        <Field name="name" label={t("desk.name")} failure={single} maxLength={200} />
        <SelectField name="inviteLang" label={t("types.inviteLang")} options={langOptions} defaultValue={props.lang} failure={single} required />
        <div>
          <button type="submit" name="intent" value="invite" className="button">
            {t("types.sendInvitation")}
          </button>
        </div>
      </SafeForm>
      <SafeForm className="stack card" noValidate encType="multipart/form-data" aria-label={t("types.inviteList")}>
        <h3>{t("types.inviteList")}</h3>
        <FormError failure={list} />
        <SelectField name="typeId" label={t("types.type")} options={props.types} failure={list} required />
        <Field name="list" multiline label={t("types.listLabel")} hint={t("types.listHint")} failure={list} dir="ltr" />
        <div className="field">
          <label>
            {t("types.listFile")} <input type="file" name="file" accept=".csv,text/csv,text/plain" />
          </label>
        </div>
        <SelectField name="inviteLang" label={t("types.inviteLangDefault")} options={langOptions} defaultValue={props.lang} failure={list} required />
        <div>
          <button type="submit" name="intent" value="invite-list" className="button">
            {t("types.sendInvitations")}
          </button>
        </div>
      </SafeForm>
      {props.invitations.length ? (
        <DataTable
          caption={t("types.invitations")}
          rows={props.invitations}
          rowKey={(i) => i.id}
          columns={[
            { header: t("desk.email"), cell: (i) => i.email, dir: "ltr" },
            { header: t("desk.name"), cell: (i) => <bdi>{i.name ?? ""}</bdi> },
            { header: t("types.type"), cell: (i) => <bdi>{i.type}</bdi> },
            { header: t("types.invitedAt"), cell: (i) => i.at },
            { header: t("types.used"), cell: (i) => (i.used ? t("types.usedYes") : "—") },
          ]}
        />
      ) : null}
    </section>
  );
}
