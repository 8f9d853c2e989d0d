import type { Params } from "@remix-run/react";
import { isLang, type Lang } from "./i18n";

/** The language of a /:lang/… URL; an unknown prefix is a 404. */
export function langParam(params: Params): Lang {
  if (!isLang(params.lang)) throw new Response("Not Found", { status: 404 });
  return params.lang;
}
