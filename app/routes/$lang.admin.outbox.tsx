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
import { DataTable } from "~/components/DataTable";

const OutboxAction = () =>
  z.discriminatedUnion("intent", [z.object({ intent: z.literal("test") }), z.object({ intent: z.literal("requeue"), id: z.coerce.number().int().positive() })]);

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
            <dt>{t(`outbox.counts.${status}`)}</dt>
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
      <DataTable
        caption={t("outbox.recent")}
        rows={messages}
        rowKey={(m) => m.id}
        columns={[
          { header: t("outbox.created"), cell: (m) => formatDateTime(lang, m.createdAt) },
          { header: t("outbox.to"), cell: (m) => m.toAddress, dir: "ltr" },
          { header: t("outbox.subject"), cell: (m) => m.subject },
          {
            header: t("outbox.statusHeading"),
            cell: (m) => (
              <>
                {t(`outbox.status.${m.status}`)}
                {m.lastError ? (
                  <span className="muted">
                    {t("common:dash")}
                    {m.lastError}
                  </span>
                ) : null}
                {m.status === "failed" ? (
                  <SafeForm>
                    <input type="hidden" name="intent" value="requeue" />
                    <input type="hidden" name="id" value={m.id} />
                    <button type="submit" className="button button-small">
                      {t("outbox.requeue")}
                    </button>
                  </SafeForm>
                ) : null}
              </>
            ),
          },
          { header: t("outbox.attempts"), cell: (m) => formatNumber(lang, m.attempts) },
        ]}
      />
    </>
  );
}
