import { useRouteLoaderData } from "@remix-run/react";
import type { Lang } from "./i18n";

export type RootData = { lang: Lang; messageScripts: { ns: string; url: string }[]; csrf: string; origin: string };

export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}
