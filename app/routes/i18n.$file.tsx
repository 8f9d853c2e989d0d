import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLang } from "~/utils/i18n";
import { clientNamespaces, messageScript, type ClientNamespace } from "~/utils/i18n.server";
import { notFound } from "~/utils/http.server";

/** /i18n/<lang>.<namespace>.<hash>.js: the interface texts, cached by browsers for a year. */
export function loader({ params }: LoaderFunctionArgs) {
  const m = /^([a-z]{2})\.([a-z]+)\.([0-9a-f]{12})\.js$/.exec(params.file ?? "");
  const [, lang, ns, hash] = m ?? [];
  if (!isLang(lang) || !(clientNamespaces as readonly string[]).includes(ns ?? "")) throw notFound();
  const script = messageScript(lang, ns as ClientNamespace);
  return new Response(script.body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // An old hash (a page from before a deploy) gets today's texts, but only for a moment.
      "Cache-Control": hash === script.hash ? "public, max-age=31536000, immutable" : "public, max-age=60",
    },
  });
}
