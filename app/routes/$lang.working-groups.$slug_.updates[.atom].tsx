import type { LoaderFunctionArgs } from "@remix-run/node";
import { groupUpdates, publishedGroupBySlug } from "~/models/working-groups.server";
import { isolate } from "~/utils/bidi";
import { publicOrigin } from "~/utils/env.server";
import { textResponse, xmlEscape } from "~/utils/feeds.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";
import { notFound } from "~/utils/http.server";

/**
 * Atom (RFC 4287) feed of one working group's updates; each entry in the language it was written in,
 * its author and text isolated (FSI…PDI) so that a reader shows them in their own direction.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const group = publishedGroupBySlug(params.slug ?? "");
  if (!group) throw notFound();
  const t = getT(lang);
  const page = `${publicOrigin()}/${lang}/working-groups/${group.slug}`;
  const items = groupUpdates(group.id, 50);
  const updated = new Date(Math.max(group.updatedAt, ...items.map((i) => i.update.correctedAt ?? i.update.publishedAt))).toISOString();
  const entries = items.map(
    ({ update: u, organisation }) => `  <entry>
    <id>${xmlEscape(`${page}#update-${u.id}`)}</id>
    <title xml:lang="${u.lang}">${xmlEscape(u.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(`${page}#update-${u.id}`)}"/>
    <published>${new Date(u.publishedAt).toISOString()}</published>
    <updated>${new Date(u.correctedAt ?? u.publishedAt).toISOString()}</updated>
    <author><name>${xmlEscape(organisation ? isolate(organisation) : t("brand.initiative"))}</name></author>
    <content type="text" xml:lang="${u.lang}">${xmlEscape(isolate(u.body))}</content>
  </entry>`,
  );
  const name = pickTranslation(group.name, lang);
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xmlEscape(`${page}/updates.atom`)}</id>
  <title xml:lang="${name.lang}">${xmlEscape(`${name.text}${t("dash")}${t("workingGroups.updates")}`)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${page}/updates.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(t("brand.initiative"))}</name></author>
${entries.join("\n")}
</feed>
`;
  return textResponse(xml, "application/atom+xml; charset=utf-8");
}
