import { z } from "zod";
import { getPublicDeclaration } from "~/models/declarations.server";
import { endorserCategories } from "~/models/endorsement-types";
import { endorserPage, publicEndorsers } from "~/models/endorsement-directory.server";
import { ituRegions } from "~/utils/countries";
import type { Lang } from "~/utils/i18n";
import { notFound } from "~/utils/http.server";

export const ENDORSERS_PER_PAGE = 50;
export const EndorserFilter = z.object({
  category: z.enum(endorserCategories).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  region: z.enum(ituRegions).optional().catch(undefined),
});
const Page = z.coerce.number().int().min(1).max(10_000).catch(1);

function declarationOf(slug: string) {
  const declaration = getPublicDeclaration(slug);
  if (!declaration) throw notFound();
  return declaration;
}

/**
 * What a download of the endorsers depends on besides the database: the declaration, the language and
 * the filters that apply, as read — not the address's query as typed, so `?x=1`, `?x=2`… do not each
 * keep a copy of the same list (and push out the others).
 */
export function endorsersDownloadKey(slug: string, lang: Lang, query: URLSearchParams): string {
  const { category, country, region } = EndorserFilter.parse(Object.fromEntries(query));
  return `${slug}:${lang}:${category ?? ""}:${country ?? ""}:${region ?? ""}`;
}

/** What one page of the list depends on besides the database: the download's key and the page number. */
export function endorsersPageKey(slug: string, lang: Lang, query: URLSearchParams): string {
  return `${endorsersDownloadKey(slug, lang, query)}:${Page.parse(query.get("page") ?? 1)}`;
}

/** All approved endorsers of a published declaration, filtered, for the open-data exports; 404 for anything else. */
export function endorsersOf(slug: string, lang: Lang, query: URLSearchParams) {
  const declaration = declarationOf(slug);
  const filter = EndorserFilter.parse(Object.fromEntries(query));
  return { declaration, filter, shown: publicEndorsers(declaration.id, lang, filter) };
}

/** One page of the public list of endorsers. */
export function endorsersPageOf(slug: string, lang: Lang, query: URLSearchParams) {
  const declaration = declarationOf(slug);
  const filter = EndorserFilter.parse(Object.fromEntries(query));
  const page = Page.parse(query.get("page") ?? 1);
  return { declaration, filter, page, ...endorserPage(declaration.id, lang, filter, page, ENDORSERS_PER_PAGE) };
}
