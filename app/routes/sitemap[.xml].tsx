import { latestCirculars } from "~/models/circulars.server";
import { listPublishedDeclarations } from "~/models/declarations.server";
import { allPublicEvents } from "~/models/events.server";
import { listPillars } from "~/models/pillars.server";
import { publishedWorkingGroupNames } from "~/models/working-groups.server";
import { publicOrigin } from "~/utils/env.server";
import { textResponse, xmlEscape } from "~/utils/feeds.server";
import { languages } from "~/utils/i18n";

/** Every public page in every language, each naming its translations with hreflang. */
export function loader() {
  const origin = publicOrigin();
  const paths = [
    "/",
    "/events",
    "/circulars",
    "/declarations",
    "/pillars",
    "/pledges",
    "/emissions",
    "/working-groups",
    ...allPublicEvents().map((e) => `/events/${e.slug}`),
    ...latestCirculars(10_000).map((c) => `/circulars/${c.slug}`),
    ...listPublishedDeclarations().map((d) => `/declarations/${d.slug}`),
    ...listPillars().map((p) => `/pillars/${p.slug}`),
    ...publishedWorkingGroupNames().map((g) => `/working-groups/${g.slug}`),
  ];
  const urls = paths.flatMap((path) =>
    languages.map(
      (lang) => `  <url>
    <loc>${xmlEscape(`${origin}/${lang}${path}`)}</loc>
${languages.map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${xmlEscape(`${origin}/${alt}${path}`)}"/>`).join("\n")}
  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
  return textResponse(xml, "application/xml; charset=utf-8");
}
