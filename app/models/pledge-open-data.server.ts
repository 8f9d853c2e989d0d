import { publishedPledges } from "~/models/pledge-directory.server";

/** Open data rows: the organisation and its commitment, never a person or an email. */
export function pledgeOpenData() {
  const all = publishedPledges();
  return all.map(({ pledge: p, organisation: o, pillarSlug, progress, late }) => ({
    id: p.id,
    organisation: o.name,
    organisationType: o.type,
    country: o.country,
    pillar: pillarSlug,
    kind: p.kind,
    title: p.title,
    language: p.lang,
    metric: p.metric,
    unit: p.unit,
    baselineYear: p.baselineYear,
    baselineValue: p.baselineValue,
    targetYear: p.targetYear,
    targetValue: p.targetValue,
    scopes: p.scopes.join(" "),
    status: progress.status,
    progress: Math.round(progress.progress * 1000) / 1000,
    latestYear: progress.latest?.year ?? null,
    latestValue: progress.latest?.value ?? null,
    late,
  }));
}
