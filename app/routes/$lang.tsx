import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { langParam } from "~/utils/lang.server";

export function loader({ params }: LoaderFunctionArgs) {
  langParam(params);
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}
