import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { defaultLang, isLang, type Lang } from "./utils/i18n";
import { allMessages, messageScriptUrls } from "./utils/i18n.server";
import { TranslatorContext, type TranslatorContextValue } from "./utils/translator";
import { NonceContext } from "./utils/nonce";
import { renderedPage } from "./utils/render-stream.server";
import { isKeptPage, isScriptless } from "./page-cache/handle";
import type { PageRecord } from "./page-cache/store.server";

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

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Bots and no-JS visitors get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";
  const nonce = loadContext.cspNonce;
  // The address names the language; else the root loader chose it. (When an action fails, the
  // root loader does not run, and the error page still speaks the address's language.)
  const [, first, second] = new URL(request.url).pathname.split("/");
  const rootLang = (remixContext.staticHandlerContext.loaderData?.root as { lang?: unknown } | undefined)?.lang;
  const lang = isLang(first) ? first : isLang(rootLang) ? rootLang : defaultLang;
  // Only the page a route marks as the same for everyone may be kept (app/page-cache).
  const leaf = remixContext.staticHandlerContext.matches.at(-1);
  if (loadContext.page && leaf) {
    loadContext.page.cacheable = isKeptPage(remixContext.routeModules[leaf.route.id]?.handle) && responseStatusCode === 200;
  }
  const page = (
    <NonceContext.Provider value={nonce}>
      <TranslatorContext.Provider value={serverTranslations(lang, second === "admin")}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </TranslatorContext.Provider>
    </NonceContext.Provider>
  );
  // A page sent without scripts (root.tsx leaves them out) has nothing to stream after its shell:
  // no page data for the browser, no deferred data. Rendered to one string, it costs 15–30 % less
  // CPU than through React's stream, a PassThrough and a web stream (decision 016, fifth round).
  if (leaf && isScriptless(remixContext.routeModules[leaf.route.id]?.handle)) {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    responseHeaders.set("Cache-Control", "no-store");
    return new Response(`<!DOCTYPE html>${renderToString(page)}`, { headers: responseHeaders, status: responseStatusCode });
  }
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      [readyEvent]() {
        shellRendered = true;
        // Not a bare PassThrough: React 18 pads some chunks with zero bytes (utils/render-stream.server).
        const body = renderedPage();
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        // Every page carries the visitor's CSRF token, and many a person's data: no browser or
        // proxy may keep it (the server's own page cache fills in each visitor's token).
        responseHeaders.set("Cache-Control", "no-store");
        resolve(
          new Response(createReadableStreamFromReadable(body), {
            headers: responseHeaders,
            status: responseStatusCode,
          }),
        );
        pipe(body);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, ABORT_DELAY);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
