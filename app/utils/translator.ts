import { createContext } from "react";
import type { Lang } from "./i18n";
import type { KeyIn, Namespace } from "./translation-keys";

/** A language's interface texts by namespace (common, admin), as in locales/<lang>/<ns>.json. */
export type Messages = Record<string, unknown>;
export type TFunction = (key: string, values?: Record<string, unknown>) => string;
/** The `t` of a component: only keys that exist in locales/en/<ns>.json. */
export type TypedT<N extends Namespace> = (key: KeyIn<N>, values?: Record<string, unknown>) => string;

/**
 * What React components translate with, on the server and in the browser alike. It does what the
 * portal's texts need and no more: nested keys, an "admin:" namespace prefix and {{name}} values.
 * Server code (loaders, emails) keeps i18next; the browser is spared its 17 KB.
 */
export function translator(messages: Messages, defaultNs = "common"): TFunction {
  return (key, values) => {
    const colon = key.indexOf(":");
    const ns = colon > 0 ? key.slice(0, colon) : defaultNs;
    const path = colon > 0 ? key.slice(colon + 1) : key;
    let node: unknown = messages[ns];
    for (const part of path.split(".")) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== "string") return path;
    return values ? node.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : node;
  };
}

export type TranslatorContextValue = { lang: Lang; messages: Messages; scripts?: { ns: string; url: string }[] };
/** Provided by entry.server on the server and by the root in the browser. */
export const TranslatorContext = createContext<TranslatorContextValue | null>(null);
