import { useParams } from "@remix-run/react";
import { useTranslation } from "~/utils/use-translation";
import { defaultLang, isLang, type Lang } from "./i18n";

/** The page's language: from the URL, or the one the root chose for pages outside a prefix. */
export function useLang(): Lang {
  const { lang } = useParams();
  const { lang: chosen } = useTranslation();
  if (isLang(lang)) return lang;
  return isLang(chosen) ? chosen : defaultLang;
}
