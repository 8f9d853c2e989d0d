import type { LoaderFunctionArgs } from "@remix-run/node";
import { circularDesignation } from "~/utils/circular-designation";
import { latestCirculars } from "~/models/circulars.server";
import { publicOrigin } from "~/utils/env.server";
import { textResponse, xmlEscape } from "~/utils/feeds.server";
import { pickTranslation } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { langParam } from "~/utils/lang.server";

/** Atom (RFC 4287) feed of the circular letters, in the feed's language where a translation exists. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const t = getT(lang);
  const origin = publicOrigin();
  const items = latestCirculars(50);
  const updated = new Date(Math.max(0, ...items.map((c) => c.updatedAt))).toISOString();
  const entries = items.map((c) => {
    const subject = pickTranslation(c.subject, lang);
    const body = pickTranslation(c.body, lang);
    const url = `${origin}/${lang}/circulars/${c.slug}`;
    return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title xml:lang="${subject.lang}">${xmlEscape(t("labelValue", { label: circularDesignation(c.reference, t), value: subject.text }))}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <published>${c.issuedOn}T00:00:00Z</published>
    <updated>${new Date(c.updatedAt).toISOString()}</updated>
    <summary type="text" xml:lang="${body.lang}">${xmlEscape(body.text.slice(0, 600))}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xmlEscape(`${origin}/${lang}/circulars`)}</id>
  <title>${xmlEscape(`${t("brand.initiative")}${t("dash")}${t("nav.circulars")}`)}</title>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${origin}/${lang}/circulars.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${origin}/${lang}/circulars`)}"/>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(t("brand.initiative"))}</name></author>
${entries.join("\n")}
</feed>
`;
  return textResponse(xml, "application/atom+xml; charset=utf-8");
}
