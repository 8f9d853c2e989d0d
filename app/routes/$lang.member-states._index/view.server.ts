import { declarationsForMap, governmentEndorsements, memberStateCodes } from "~/models/member-states.server";
import { ituRegions, regionOf, type ItuRegion } from "~/utils/countries";
import { countryName, countryOptions } from "~/utils/country-options";
import { formatDate } from "~/utils/format";
import { dirOf, pickTranslation, type Lang, type Picked } from "~/utils/i18n";
import type { TFunction } from "i18next";
import { worldMapSvg } from "~/utils/world-map.server";

export type StateRow = {
  code: string;
  href: string;
  name: string;
  status: "endorsed" | "not-recorded";
  verifiedBy: string | null;
  date: string | null;
};
export type DirectoryView = {
  declarations: { slug: string; title: Picked }[];
  selected: { slug: string; title: Picked } | null;
  regions: { region: ItuRegion; label: string; states: StateRow[] }[];
  endorsedCount: number;
  mapUrl: string;
  mapLabel: string;
};

const memberStatesByName = (lang: Lang) => countryOptions(lang, "governments").filter((c) => c.status === "member");

/** The directory grouped by ITU region, and the map of the selected declaration, in the visitor's language. */
export function directoryView(lang: Lang, t: TFunction, declarationSlug: string | null): DirectoryView {
  const decls = declarationsForMap();
  const selected = decls.find((d) => d.slug === declarationSlug) ?? decls[0] ?? null;
  const statuses = governmentEndorsements(selected ? [selected.id] : []);
  // In the order of the language's collation, sorted once per language (countryOptions).
  const rows: StateRow[] = memberStatesByName(lang).map(({ code, name }) => {
    const e = statuses.get(code)?.[0];
    return {
      code,
      href: `/${lang}/member-states/${code.toLowerCase()}`,
      name,
      status: e?.status ?? "not-recorded",
      verifiedBy: e?.verifiedBy ? t(`memberStates.verifiedBy.${e.verifiedBy}`) : null,
      date: e?.approvedAt ? formatDate(lang, e.approvedAt) : null,
    };
  });
  return {
    declarations: decls.map((d) => ({
      slug: d.slug,
      title: pickTranslation(d.title, lang),
    })),
    selected: selected ? { slug: selected.slug, title: pickTranslation(selected.title, lang) } : null,
    regions: ituRegions.map((region) => ({
      region,
      label: t(`region.${region}`),
      states: rows.filter((r) => regionOf(r.code) === region),
    })),
    endorsedCount: rows.filter((r) => r.status === "endorsed").length,
    mapLabel: selected
      ? t("memberStates.mapLabel", {
          declaration: pickTranslation(selected.title, lang).text,
        })
      : t("memberStates.title"),
    // The page prints the map disclaimer under the image in HTML; embed=1 keeps the image from printing it twice.
    mapUrl: `/${lang}/member-states.svg?${selected ? `declaration=${encodeURIComponent(selected.slug)}&` : ""}embed=1`,
  };
}

/**
 * The map alone, as its own SVG document: one request the page embeds, so the page's HTML stays light. On its own
 * (embedded false) it prints the UN map disclaimer under the map, as every UN map carries it.
 */
export function mapView(lang: Lang, t: TFunction, declarationSlug: string | null, embedded = false): string {
  const decls = declarationsForMap();
  const selected = decls.find((d) => d.slug === declarationSlug) ?? decls[0] ?? null;
  const statuses = governmentEndorsements(selected ? [selected.id] : []);
  const byCode = new Map(
    memberStateCodes.map((code) => [
      code,
      {
        name: countryName(lang, code),
        status: statuses.get(code)?.[0]?.status ?? "not-recorded",
        href: `/${lang}/member-states/${code.toLowerCase()}`,
      },
    ]),
  );
  return worldMapSvg({
    label: selected
      ? t("memberStates.mapLabel", {
          declaration: pickTranslation(selected.title, lang).text,
        })
      : t("memberStates.title"),
    classOf: (code) => {
      const r = byCode.get(code);
      return r ? `ms-${r.status}` : null;
    },
    titleOf: (code) => {
      const r = byCode.get(code)!;
      return t("labelValue", {
        label: r.name,
        value: t(`memberStates.status.${r.status}`),
      });
    },
    hrefOf: (code) => byCode.get(code)!.href,
    note: embedded ? undefined : { text: t("memberStates.mapDisclaimer"), lang, dir: dirOf(lang) },
  });
}
