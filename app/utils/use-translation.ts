import { useContext } from "react";
import { defaultLang } from "./i18n";
import { translator, TranslatorContext, type Messages, type TFunction, type TypedT } from "./translator";
import type { Namespace } from "./translation-keys";

const cache = new WeakMap<Messages, Map<string, TFunction>>();

const empty: Messages = {};

/** The page's `t`, for its language and the given namespace ("common" unless said). */
export function useTranslation<N extends Namespace = "common">(ns: N = "common" as N): { t: TypedT<N>; lang: string } {
  const context = useContext(TranslatorContext);
  const messages = context?.messages ?? empty;
  let byNs = cache.get(messages);
  if (!byNs) cache.set(messages, (byNs = new Map()));
  let t = byNs.get(ns);
  if (!t) byNs.set(ns, (t = translator(messages, ns, context?.lang ?? defaultLang)));
  return { t, lang: context?.lang ?? defaultLang };
}
