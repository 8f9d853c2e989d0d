import type { LoaderFunctionArgs } from "@remix-run/node";
import { allPublicEvents } from "~/models/events.server";
import { publicOrigin } from "~/utils/env.server";
import { pickTranslation } from "~/utils/i18n";
import { langParam } from "~/utils/lang.server";
import { openDataJson } from "~/utils/open-data.server";

/** Open data: the published events, public fields only. */
export function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const origin = publicOrigin();
  return openDataJson(`events.json:${lang}`, () => {
    const events = allPublicEvents().map((e) => ({
      slug: e.slug,
      url: `${origin}/${lang}/events/${e.slug}`,
      kind: e.kind,
      format: e.format,
      status: e.status,
      title: pickTranslation(e.title, lang).text,
      summary: pickTranslation(e.summary, lang).text,
      language: pickTranslation(e.title, lang).lang,
      start: new Date(e.startsAt).toISOString(),
      end: new Date(e.endsAt).toISOString(),
      timeZone: e.timeZone,
      venue: pickTranslation(e.venue, lang).text,
      organisers: e.organisers,
      example: e.isExample,
    }));
    return { language: lang, generated: new Date().toISOString(), events };
  });
}
