import { useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { defaultLang, isLang, type Lang } from "./i18n";

/** The page's language: from the URL, or the one the root chose for pages outside a prefix. */
export function useLang(): Lang {
  const { lang } = useParams();
  const { i18n } = useTranslation();
  if (isLang(lang)) return lang;
  return isLang(i18n.language) ? i18n.language : defaultLang;
}
