import { z } from "zod";
import { getPublicDeclaration } from "~/models/declarations.server";
import { endorserCategories } from "~/models/endorsement-types";
import { publicEndorsers } from "~/models/endorsements.server";
import { ituRegions } from "./countries";
import type { Lang } from "./i18n";

export const EndorserFilter = z.object({
  category: z.enum(endorserCategories).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  region: z.enum(ituRegions).optional().catch(undefined),
});

/** The approved endorsers of a published declaration, filtered; 404 for anything else. */
export function endorsersOf(slug: string, lang: Lang, query: URLSearchParams) {
  const declaration = getPublicDeclaration(slug);
  if (!declaration) throw new Response("Not Found", { status: 404 });
  const filter = EndorserFilter.parse(Object.fromEntries(query));
  const all = publicEndorsers(declaration.id, lang);
  const shown = all.filter(
    (e) => (!filter.category || e.category === filter.category) && (!filter.country || e.country === filter.country) && (!filter.region || e.region === filter.region),
  );
  return { declaration, filter, all, shown };
}
