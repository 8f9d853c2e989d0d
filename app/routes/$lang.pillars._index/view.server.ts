import { listPillarsWithDescriptions } from "~/models/pillars.server";
import type { PillarView } from "~/components/PillarList";
import { formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";

/** The six pillars in the visitor's language, with the first paragraph of each description. */
export function pillarViews(lang: Lang): PillarView[] {
  return listPillarsWithDescriptions().map((p) => {
    const description = pickTranslation(p.description, lang);
    return {
      slug: p.slug,
      number: formatNumber(lang, p.number),
      title: pickTranslation(p.title, lang),
      description: { ...description, text: description.text.split(/\n{2,}/)[0] ?? "" },
    };
  });
}
