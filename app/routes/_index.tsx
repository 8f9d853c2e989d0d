import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { LANG_COOKIE, readCookie } from "~/utils/cookies.server";
import { isLang, negotiateLanguage } from "~/utils/i18n";

/** "/" sends the visitor to the language they chose before, or the one their browser asks for. */
export function loader({ request }: LoaderFunctionArgs) {
  const remembered = readCookie(request, LANG_COOKIE);
  const lang = isLang(remembered) ? remembered : negotiateLanguage(request.headers.get("Accept-Language"));
  return redirect(`/${lang}/`, { headers: { Vary: "Accept-Language, Cookie" } });
}
