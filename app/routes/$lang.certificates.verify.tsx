import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { VerifyForm } from "~/components/CertificateVerifyForm";
import { useTranslation } from "~/utils/use-translation";
import { normaliseCode } from "~/models/certificates.server";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { pageMeta } from "~/utils/meta";
import { metaFor } from "~/utils/meta.server";

/**
 * Where anyone holding a certificate's code checks it. The form asks by GET and the answer lives at
 * the code's own address (/certificates/CODE), which is rate-limited; nothing here lists certificates.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const typed = new URL(request.url).searchParams.get("code");
  if (typed !== null) {
    const code = normaliseCode(typed.slice(0, 40));
    if (code) throw redirect(`/${lang}/certificates/${code}`);
  }
  // Something typed that cannot be a code is bad input: the form comes back with its error and a 400.
  const invalid = typed !== null;
  return data(
    { lang, invalid, typed: (typed ?? "").slice(0, 40), meta: metaFor(lang, getT(lang)("certificates.verifyTitle")) },
    { status: invalid ? 400 : 200 },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function VerifyCertificate() {
  const { t } = useTranslation();
  const { lang, typed, invalid } = useLoaderData<typeof loader>();
  return (
    <div className="container narrow">
      <h1>{t("certificates.verifyTitle")}</h1>
      <p>{t("certificates.verifyIntro")}</p>
      <VerifyForm lang={lang} typed={typed} invalid={invalid} />
    </div>
  );
}
