import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/ErrorPage";
import { langParam } from "~/utils/lang.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params);
  // An empty object, not null: Remix answers a data request (?_data=routes/$lang) for null with a 500.
  return {};
}

export default function LanguageLayout() {
  return <Outlet />;
}

/** A page that fails keeps the site's header, language and navigation around the error. */
export const ErrorBoundary = GeneralErrorBoundary;
