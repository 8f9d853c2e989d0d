import { useRouteLoaderData } from "@remix-run/react";
import type { Resource } from "i18next";
import type { Lang } from "./i18n";

export type RootData = { lang: Lang; messages: Resource; csrf: string; origin: string };

export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}
