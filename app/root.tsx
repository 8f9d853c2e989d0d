import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useMatches, type ShouldRevalidateFunction } from "@remix-run/react";
import { useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "~/utils/use-translation";
import { DocumentTitle } from "./components/DocumentTitle";
import { GeneralErrorBoundary } from "./components/ErrorPage";
import { useNavigationFocus } from "./components/NavigationFocus";
import { SiteFooter } from "./components/SiteFooter";
import { SiteHeader } from "./components/SiteHeader";
import stylesheet from "./styles/app.css";
import { LANG_COOKIE, readCookie } from "./utils/cookies.server";
import { visitorCookies } from "./utils/visitor.server";
import { CSRF_SLOT } from "./utils/csrf.server";
import { publicOrigin } from "./utils/env.server";
import { defaultLang, dirOf, isLang, languages, negotiateLanguage, type Lang } from "./utils/i18n";
import { TranslatorContext } from "./utils/translator";
import { messageScriptUrls } from "./utils/i18n.server";
import { useNonce } from "./utils/nonce";
import { useRootData } from "./utils/root-data";
import { isScriptless } from "./page-cache/handle";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const fromUrl = isLang(params.lang) ? params.lang : undefined;
  const cookieLang = readCookie(request, LANG_COOKIE);
  const lang: Lang = fromUrl ?? (isLang(cookieLang) ? cookieLang : negotiateLanguage(request.headers.get("Accept-Language")));
  const isAdmin = url.pathname.split("/")[2] === "admin";
  const visitor = visitorCookies(request.headers.get("Cookie") ?? undefined, fromUrl);
  // A page that may be kept for others (app/page-cache) carries a placeholder, filled with each
  // visitor's own token as it is sent.
  if (context.page) Object.assign(context.page, { csrf: visitor.csrf, lang: fromUrl });
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const cookie of visitor.setCookies) headers.append("Set-Cookie", cookie);
  return data(
    {
      lang,
      messageScripts: messageScriptUrls(lang, isAdmin),
      csrf: context.page ? CSRF_SLOT : visitor.csrf,
      origin: publicOrigin(),
    },
    { headers },
  );
}

// The messages only change with the language: no need to refetch them after every form post.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams, defaultShouldRevalidate, formMethod }) =>
  currentParams.lang !== nextParams.lang || (defaultShouldRevalidate && !formMethod);

/** Each page names its five translations and a default for search engines. */
function AlternateLinks({ origin }: { origin: string }) {
  const { pathname, search } = useLocation();
  const rest = pathname.replace(/^\/[^/]*/, "") || "/";
  return (
    <>
      {languages.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={`${origin}/${l}${rest}${search}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}/`} />
    </>
  );
}

declare global {
  interface Window {
    __gdaMessages?: Record<string, Record<string, unknown>>;
  }
}
const browserMessages = (lang: Lang, ns: string) => (typeof window === "undefined" ? undefined : window.__gdaMessages?.[`${lang}.${ns}`]);
/** The texts the browser holds for these namespaces; `_arrived` is the count of message scripts loaded so far. */
function browserTranslations(lang: Lang, namespacesKey: string, _arrived: number) {
  const names = namespacesKey ? namespacesKey.split(",") : [];
  return { lang, messages: Object.fromEntries(names.map((ns) => [ns, browserMessages(lang, ns) ?? {}])) };
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const nonce = useNonce();
  // The server renders with all of the language's texts (entry.server); the browser with those
  // the message scripts in the head left in window.__gdaMessages, which run before hydration.
  // Without root data (an error page after a failed form post) the address gives the language.
  const fromServer = useContext(TranslatorContext);
  const pathLang = useLocation().pathname.split("/")[1];
  const lang = root?.lang ?? fromServer?.lang ?? (isLang(pathLang) ? pathLang : defaultLang);
  const scripts = root?.messageScripts ?? fromServer?.scripts ?? [];
  const namespaces = root
    ? root.messageScripts.map((s) => s.ns)
    : Object.keys((typeof window !== "undefined" && window.__gdaMessages) || {})
        .filter((k) => k.startsWith(`${lang}.`))
        .map((k) => k.slice(lang.length + 1));
  // Texts not in the page yet (reached another language, or the secretariat's pages, without a
  // full page load): add their scripts and translate again once they arrive. A script that fails
  // to load leaves the keys showing rather than reloading the page over and over.
  const [arrived, setArrived] = useState(0);
  const missingUrls =
    root && !fromServer && typeof window !== "undefined"
      ? root.messageScripts
          .filter((s) => !browserMessages(lang, s.ns))
          .map((s) => s.url)
          .join(" ")
      : "";
  // Keyed by the names' text, not the array (a new one each render), and by the count of scripts
  // that have arrived since: their texts are what browserMessages finds now.
  // A page with nothing to post is sent without JavaScript (page-cache/handle.ts). Decided where the
  // page is made: in a browser that navigated here, the scripts are running already.
  const matches = useMatches();
  const scriptless = typeof document === "undefined" && matches.some((m) => isScriptless(m.handle));
  const namespacesKey = namespaces.join();
  const translations = useMemo(() => fromServer ?? browserTranslations(lang, namespacesKey, arrived), [fromServer, lang, namespacesKey, arrived]);
  useEffect(() => {
    for (const url of missingUrls.split(" ").filter(Boolean)) {
      // A <script> React adds while navigating does not run: add one of our own, once.
      if (document.querySelector(`script[data-messages="${url}"]`)) continue;
      const script = document.createElement("script");
      script.src = url;
      script.dataset.messages = url;
      script.onload = () => setArrived((n) => n + 1);
      document.head.appendChild(script);
    }
  }, [missingUrls]);
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <TranslatorContext.Provider value={translations}>
          <DocumentTitle />
        </TranslatorContext.Provider>
        <Links />
        {root ? <AlternateLinks origin={root.origin} /> : null}
      </head>
      <body>
        <TranslatorContext.Provider value={translations}>{children}</TranslatorContext.Provider>
        {scriptless ? null : (
          <>
            {/* At the end of the body, not in the head: the page above is drawn while they load, and
                they still run before the (async) module that hydrates, which comes after them. */}
            {scripts.map((s) => (
              <script key={s.url} nonce={nonce} src={s.url} />
            ))}
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useNavigationFocus();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

// Errors below /:lang render inside the page by $lang.tsx's boundary; this one catches the rest.
export function ErrorBoundary() {
  return (
    <Shell>
      <GeneralErrorBoundary />
    </Shell>
  );
}
