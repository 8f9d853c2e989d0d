import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { defaultLang, isLang, type Lang } from "./utils/i18n";
import { allMessages, messageScriptUrls } from "./utils/i18n.server";
import { TranslatorContext, type TranslatorContextValue } from "./utils/translator";
import { NonceContext } from "./utils/nonce";
import { readPageData } from "./utils/page-data.server";
import { isKeptPage, isScriptless, keptPageScope } from "./page-cache/handle";
import type { PageRecord } from "./page-cache/store.server";
import { withSummaryLabels } from "./utils/summary-labels.server";
import { worthLogging } from "./utils/server-errors.server";

export { bootstrap } from "./process/bootstrap.server";
export { pageCacheMiddleware } from "./page-cache/middleware.server";
export { countRequests } from "./utils/traffic.server";
export { cspNonce } from "./utils/random.server";

const ABORT_DELAY = 5_000;

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
    /** Set by the host server when a rendered page may be kept for others (app/page-cache). */
    page?: PageRecord;
  }
}

const translations = new Map<string, TranslatorContextValue>();
function serverTranslations(lang: Lang, admin: boolean) {
  const key = `${lang}.${admin}`;
  let value = translations.get(key);
  if (!value) translations.set(key, (value = { lang, messages: allMessages()[lang], scripts: messageScriptUrls(lang, admin) }));
  return value;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // The address names the language; else the root loader chose it. (When an action fails, the
  // root loader does not run, and the error page still speaks the address's language.)
  const [, first, second] = new URL(request.url).pathname.split("/");
  const rootLang = (remixContext.staticHandlerContext.loaderData?.root as { lang?: unknown } | undefined)?.lang;
  const lang = isLang(first) ? first : isLang(rootLang) ? rootLang : defaultLang;
  // Only the page a route marks as the same for everyone may be kept (app/page-cache).
  const leaf = remixContext.staticHandlerContext.matches.at(-1);
  if (loadContext.page && leaf) {
    const handle = remixContext.routeModules[leaf.route.id]?.handle;
    loadContext.page.cacheable = isKeptPage(handle) && responseStatusCode === 200;
    loadContext.page.scope = keptPageScope(handle);
  }
  const page = (
    <NonceContext.Provider value={nonce}>
      <TranslatorContext.Provider value={serverTranslations(lang, second === "admin")}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </TranslatorContext.Provider>
    </NonceContext.Provider>
  );
  // Rendered to one string: through React's stream, a PassThrough and a web stream it cost
  // 15–30 % more CPU for a page without scripts, and 35–40 % more for a page with them
  // (decision 016, fifth and twelfth rounds). A page with scripts carries its data for the
  // browser, which <StreamTransfer> reads as React renders; the portal defers nothing, so that
  // data is whole at once and is read first (page-data.server.ts). A page without scripts has none.
  const scriptless = !!leaf && isScriptless(remixContext.routeModules[leaf.route.id]?.handle);
  if (!scriptless) await readPageData(remixContext, request.signal, ABORT_DELAY);
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // Every page carries the visitor's CSRF token, and many a person's data: no browser or proxy
  // may keep it (the server's own page cache fills in each visitor's token).
  responseHeaders.set("Cache-Control", "no-store");
  return new Response(`<!DOCTYPE html>${withSummaryLabels(renderToString(page))}`, { headers: responseHeaders, status: responseStatusCode });
}

/**
 * A page's data as the browser fetches it when it moves between pages (`/…/page.data`): the same
 * CSRF token and the same person's data as the page itself (a registration, a partner's or the
 * secretariat's screens), so no browser or proxy may keep it either. Remix applies a loader's own
 * Cache-Control only through a route's `headers` export, which no route has.
 */
export function handleDataRequest(response: Response) {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted || !worthLogging(error)) return;
  console.error(error);
}
