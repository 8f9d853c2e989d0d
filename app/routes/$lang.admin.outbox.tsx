import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { z } from "zod";
import { FormError, SafeForm } from "~/components/forms";
import { requireStaff } from "~/auth/staff.server";
import { write } from "~/utils/db.server";
import { parseSubmission } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { formatDateTime, formatNumber } from "~/utils/format";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";
import { enqueueEmail, outboxSummary, recentOutbox, requeueFailed } from "~/utils/outbox.server";

const OutboxAction = () =>
  z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("test") }),
  z.object({ intent: z.literal("requeue"), id: z.coerce.number().int().positive() }),
]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  requireStaff(request, lang, ["admin"]);
  return {
    lang,
    summary: outboxSummary(),
    messages: recentOutbox(50),
    meta: metaFor(lang, getT(lang, "admin")("outbox.title")),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = langParam(params);
  const user = requireStaff(request, lang, ["admin"]);
  const s = await parseSubmission({ request, context, lang, schema: OutboxAction(), guard: { kind: "signed-in" } });
  if (!s.ok) return data(s.failure, { status: s.status });
  if (s.data.intent === "test") {
    write((tx) =>
      enqueueEmail(tx, {
        to: user.email,
        lang,
        template: "staff-test",
        props: { name: user.name, sentAt: formatDateTime(lang, Date.now()) },
      }),
    );
  } else {
    requeueFailed([s.data.id]);
  }
  return redirect(`/${lang}/admin/outbox`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function Outbox() {
  const { lang, summary, messages } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      <FormError failure={failure} />
      <dl className="stats">
        {(["queued", "sending", "sent", "failed"] as const).map((status) => (
          <div key={status}>
            <dt>{t(`outbox.status.${status}`)}</dt>
            <dd data-testid={`outbox-${status}`}>{formatNumber(lang, summary[status])}</dd>
          </div>
        ))}
      </dl>
      <SafeForm>
        <input type="hidden" name="intent" value="test" />
        <button type="submit" className="button">
          {t("outbox.sendTest")}
        </button>
      </SafeForm>
      <div className="table-wrap">
        <table>
          <caption>{t("outbox.recent")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("outbox.created")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.statusHeading")}</th>
              <th scope="col">{t("outbox.attempts")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(lang, m.createdAt)}</td>
                <td dir="ltr">{m.toAddress}</td>
                <td>{m.subject}</td>
                <td>
                  {t(`outbox.status.${m.status}`)}
                  {m.lastError ? <span className="muted"> — {m.lastError}</span> : null}
                  {m.status === "failed" ? (
                    <SafeForm>
                      <input type="hidden" name="intent" value="requeue" />
                      <input type="hidden" name="id" value={m.id} />
                      <button type="submit" className="button button-small">
                        {t("outbox.requeue")}
                      </button>
                    </SafeForm>
                  ) : null}
                </td>
                <td>{formatNumber(lang, m.attempts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
