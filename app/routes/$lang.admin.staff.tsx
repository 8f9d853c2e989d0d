import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/FlashNotice";
import { z } from "zod";
import { Badge } from "~/components/content";
import { DataTable } from "~/components/DataTable";
import { Field, FormError, IntentButton, SafeForm, SelectField } from "~/components/forms";
import { accountHistory, changeStaffAccount, inviteStaff, staffAccounts, type AccountChange } from "~/models/staff-accounts.server";
import { staffRoles } from "~/models/staff.server";
import { requireStaff } from "~/auth/staff.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { nameText, parseSubmission } from "~/utils/forms.server";
import { endonym, languages } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { useTranslation } from "~/utils/use-translation";
import { notFound } from "~/utils/http.server";

const ADMIN = ["admin"] as const;
// Schemas are built inside functions: a zod call at module level would ship zod to every browser.
const AccountAction = () => {
  const id = z.coerce.number().int().positive();
  return z.discriminatedUnion("intent", [
    z.object({
      intent: z.literal("invite"),
      name: nameText(200),
      email: z.string().trim().min(1).max(254).email(),
      role: z.enum(staffRoles),
      lang: z.enum(languages),
    }),
    z.object({ intent: z.literal("role"), id, role: z.enum(staffRoles) }),
    z.object({ intent: z.enum(["disable", "enable", "resend"]), id }),
  ]);
};

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const me = requireStaff(request, lang, ADMIN);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const ta = getT(lang, "admin");
  return {
    lang,
    me: me.id,
    meta: metaFor(lang, ta("accounts.title")),
    // The role names come from the loader: the list of roles lives in a server-only module.
    roleOptions: staffRoles.map((r) => ({ value: r, label: ta(`roles.${r}`) })),
    notice: done && ["invited", "role", "disable", "enable", "resend"].includes(done) ? ta(`accounts.done.${done}`) : null,
    accounts: staffAccounts().map((a) => ({ ...a, disabledOn: a.disabledAt ? formatDate(lang, a.disabledAt) : null })),
    history: accountHistory().map((h) => ({
      id: h.id,
      at: formatDateTime(lang, h.at),
      by: h.by,
      account: h.account,
      change: ta(`accounts.action.${h.action}`, { role: h.role ? ta(`roles.${h.role}`) : "" }),
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const me = requireStaff(request, lang, ADMIN);
  const s = await parseSubmission({ request, context, lang, schema: AccountAction(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  const ta = getT(lang, "admin");
  const base = `/${lang}/admin/staff`;
  const d = s.data;
  if (d.intent === "invite") {
    const result = inviteStaff({ email: d.email, name: d.name, role: d.role, lang: d.lang }, me.id);
    if (result.outcome === "taken") {
      const values = { intent: d.intent, name: d.name, email: d.email, role: d.role, lang: d.lang };
      return data({ formError: getT(lang)("errors.checkFields"), fieldErrors: { email: ta("accounts.taken") }, values }, { status: 409 });
    }
    return redirect(`${base}?done=invited`);
  }
  const change: AccountChange = d.intent === "role" ? { kind: "role", role: d.role } : { kind: d.intent };
  const outcome = changeStaffAccount(d.id, change, me.id);
  if (outcome === "not-found") throw notFound();
  if (outcome !== "done") {
    return data({ formError: ta(`accounts.refused.${outcome}`), fieldErrors: {}, values: {} }, { status: 409 });
  }
  return redirect(`${base}?done=${d.intent}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function StaffAccounts() {
  const { t } = useTranslation("admin");
  const { lang, me, notice, accounts, roleOptions, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const inviteFailure = (failure?.values as Record<string, string> | undefined)?.intent === "invite" ? failure : null;
  return (
    <>
      <h1>{t("accounts.title")}</h1>
      <SuccessNotice text={!failure && notice} />
      {failure && !inviteFailure ? <FormError failure={failure} /> : null}
      <p>{t("accounts.intro")}</p>
      <DataTable
        caption={t("accounts.list")}
        rows={accounts}
        rowKey={(a) => a.id}
        columns={[
          { header: t("accounts.name"), rowHeader: true, cell: (a) => <bdi>{a.name}</bdi> },
          { header: t("signIn.email"), dir: "ltr", cell: (a) => a.email },
          {
            header: t("accounts.role"),
            cell: (a) =>
              a.id === me ? (
                t(`roles.${a.role}`)
              ) : (
                <SafeForm className="inline-form">
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="id" value={a.id} />
                  <label className="visually-hidden" htmlFor={`role-${a.id}`}>
                    {t("accounts.roleOf", { name: a.name })}
                  </label>
                  <select id={`role-${a.id}`} name="role" defaultValue={a.role}>
                    {roleOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>{" "}
                  <button type="submit" className="button button-small button-secondary">
                    {t("accounts.saveRoleOf", { name: a.name })}
                  </button>
                </SafeForm>
              ),
          },
          {
            header: t("accounts.state"),
            cell: (a) => (
              <>
                {a.disabledOn ? (
                  <Badge tone="warning">{t("accounts.disabledOn", { date: a.disabledOn })}</Badge>
                ) : a.invited ? (
                  <Badge>{t("accounts.invited")}</Badge>
                ) : (
                  t("accounts.active")
                )}
                {a.id === me ? ` · ${t("accounts.you")}` : null}
              </>
            ),
          },
          {
            header: t("desk.actions"),
            className: () => "actions",
            cell: (a) =>
              a.id === me ? null : a.disabledOn ? (
                <IntentButton intent="enable" values={{ id: a.id }} label={t("accounts.enableOf", { name: a.name })} secondary />
              ) : (
                <>
                  <IntentButton intent="resend" values={{ id: a.id }} label={t("accounts.resendOf", { name: a.name })} secondary />
                  <IntentButton intent="disable" values={{ id: a.id }} label={t("accounts.disableOf", { name: a.name })} secondary />
                </>
              ),
          },
        ]}
      />

      <h2 id="invite-heading">{t("accounts.invite")}</h2>
      <p>{t("accounts.inviteIntro")}</p>
      <SafeForm className="stack" aria-labelledby="invite-heading" noValidate>
        <FormError failure={inviteFailure} />
        <input type="hidden" name="intent" value="invite" />
        <Field name="name" label={t("accounts.name")} required autoComplete="off" failure={inviteFailure} />
        <Field name="email" type="email" label={t("signIn.email")} required autoComplete="off" failure={inviteFailure} dir="ltr" />
        <SelectField name="role" label={t("accounts.role")} options={roleOptions} defaultValue="editor" failure={inviteFailure} required />
        <SelectField
          name="lang"
          label={t("accounts.language")}
          options={languages.map((l) => ({ value: l, label: endonym(l) }))}
          defaultValue={lang}
          failure={inviteFailure}
          required
        />
        <p className="hint">{t("accounts.rolesHint")}</p>
        <div>
          <button type="submit" className="button">
            {t("accounts.inviteSubmit")}
          </button>
        </div>
      </SafeForm>

      {history.length ? (
        <DataTable
          caption={t("accounts.history")}
          rows={history}
          rowKey={(h) => h.id}
          columns={[
            { header: t("accounts.when"), cell: (h) => h.at },
            { header: t("accounts.by"), cell: (h) => h.by ?? "—" },
            { header: t("accounts.account"), cell: (h) => h.account ?? "—" },
            { header: t("accounts.change"), cell: (h) => h.change },
          ]}
        />
      ) : null}
    </>
  );
}
