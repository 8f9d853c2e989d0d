import type { TFunction } from "i18next";
import { isMemberState, memberStateProfile } from "~/models/member-states.server";
import { memberStateCode } from "~/models/member-states";
import { regionOf } from "~/utils/countries";
import { countryName } from "~/utils/country-options";
import { formatDate, formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { organisationNameIn } from "~/utils/organisers.server";

/** A Member State's page in the visitor's language; null for a code that is no Member State. */
export function memberStateView(lang: Lang, t: TFunction, param: string | undefined) {
  const code = memberStateCode(param, isMemberState);
  const profile = code ? memberStateProfile(code) : null;
  if (!code || !profile) return null;
  const region = regionOf(code)!;
  return {
    code,
    name: countryName(lang, code),
    region: t(`region.${region}`),
    endorsements: profile.endorsements.map((e) => ({
      slug: e.slug,
      title: pickTranslation(e.title, lang),
      endorsed: e.status === "endorsed",
      date: e.approvedAt ? formatDate(lang, e.approvedAt) : null,
      verifiedBy: e.verifiedBy ? t(`memberStates.verifiedBy.${e.verifiedBy}`) : null,
    })),
    partners: profile.partners.map((p) => ({
      id: p.id,
      name: p.name,
      type: t(`organisationType.${p.type}`),
      pledges: p.pledges,
      workingGroups: p.workingGroups.map((g) => ({
        slug: g.slug,
        name: pickTranslation(g.name, lang),
      })),
    })),
    disclosures: {
      more: profile.disclosures.total > profile.disclosures.rows.length,
      rows: profile.disclosures.rows.map((r) => ({
        id: r.id,
        name: organisationNameIn(lang, r.name),
        type: t(`organisationType.${r.type}`),
        latest: t("emissions.directory.latest", { year: r.year, total: formatNumber(lang, r.total, { maximumFractionDigits: 0 }) }),
        assurance: t(`emissions.assurance.${r.assurance}`),
      })),
    },
    participation: profile.participation.map((e) => ({
      slug: e.slug,
      title: pickTranslation(e.title, lang),
      date: formatDate(lang, e.startsAt, e.timeZone),
      people: t("memberStates.participants", {
        value: e.people.kind === "fewer-than" ? t("memberStates.fewerThan", { n: formatNumber(lang, e.people.n) }) : formatNumber(lang, e.people.n),
      }),
    })),
  };
}
