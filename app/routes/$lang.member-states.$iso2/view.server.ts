import type { TFunction } from "i18next";
import { isMemberState, memberStateParticipation, memberStateProfile } from "~/models/member-states.server";
import { memberStateCode } from "~/models/member-states";
import { regionOf } from "~/utils/countries";
import { countryName } from "~/utils/country-options";
import { formatDate, formatNumber } from "~/utils/format";
import { pickTranslation, type Lang } from "~/utils/i18n";
import { organisationNameIn } from "~/utils/organisers.server";
import { memoThroughRegistrations, memoUntilWrite } from "~/utils/data-version.server";
import { pageOf } from "~/utils/page-of";

/** The page lists this many partner organisations at a time, in the order of their names. */
export const PARTNERS_PER_PAGE = 20;

/**
 * A Member State's page in the visitor's language, with one page of its partner organisations; null
 * for a code that is no Member State. The same for every reader of a language until a write: kept
 * until then (decision 016, eleventh round); all but its people at events through registrations.
 */
export function memberStateView(lang: Lang, t: TFunction, param: string | undefined, partnerPage = 1) {
  const code = memberStateCode(param, isMemberState);
  const view = code ? memoThroughRegistrations(`member-state-page:${lang}:${code}`, () => viewAnew(lang, t, code)) : null;
  if (!code || !view) return null;
  const participation = memoUntilWrite(`member-state-participation-page:${lang}:${code}`, () => participationView(lang, t, code));
  const { items, page, pages } = pageOf(view.partners, partnerPage, PARTNERS_PER_PAGE);
  return { ...view, participation, partners: items, partnerPage: page, partnerPages: pages };
}

function viewAnew(lang: Lang, t: TFunction, code: string) {
  const profile = memberStateProfile(code);
  if (!profile) return null;
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
  };
}

function participationView(lang: Lang, t: TFunction, code: string) {
  return memberStateParticipation(code).map((e) => ({
    slug: e.slug,
    title: pickTranslation(e.title, lang),
    date: formatDate(lang, e.startsAt, e.timeZone),
    people: t("memberStates.participants", {
      value: e.people.kind === "fewer-than" ? t("memberStates.fewerThan", { n: formatNumber(lang, e.people.n) }) : formatNumber(lang, e.people.n),
    }),
  }));
}
