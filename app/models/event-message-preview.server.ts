import { and, count, eq, isNull, min } from "drizzle-orm";
import { events, registrations, type Translated } from "../../db/schema";
import { renderEmail } from "../../emails/render";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import { languages, type Lang } from "~/utils/i18n";
import { audienceWhere, messageFor } from "./event-messages.server";
import type { MessageAudience } from "./registration-types";
import { registrantEmailProps } from "./registrations.server";
import { aheadInLine } from "./seats.server";

export type MessagePreview = {
  lang: Lang;
  /** How many people of the audience read this version. */
  recipients: number;
  /** The person whose email is shown: each recipient's own name and details appear in theirs. */
  sampleName: string;
  subject: string;
  /** The email's HTML as rendered for sending, its body only, without inline styles (the page's CSP forbids them). */
  html: string;
  text: string;
};

/** The body of a rendered email, to be set into a staff page: escaped by the email layout already. */
function bodyOf(html: string) {
  const start = html.indexOf("<div dir=");
  const end = html.lastIndexOf("</div>");
  return html.slice(start, end + "</div>".length).replace(/ style="[^"]*"/g, "");
}

/**
 * The secretariat's message exactly as the audience will receive it: for each language present
 * among the recipients, the email of its first registrant, rendered by the template and layout
 * that send it (greeting, frame, registration details, paragraphs). Only the personal link is
 * masked, so that the page shows nobody's key to their registration.
 */
export function previewEventMessage(
  eventId: number,
  input: { audience: MessageAudience; subject: Translated; body: Translated; participationTypeId?: number | null },
): MessagePreview[] {
  const event = db().select().from(events).where(eq(events.id, eventId)).get();
  if (!event) return [];
  // The same people the sending reaches: one participation type's only, when one is chosen.
  const inAudience = and(eq(registrations.eventId, eventId), audienceWhere(input.audience, input.participationTypeId));
  const groups = db()
    .select({ lang: registrations.lang, n: count(), first: min(registrations.id) })
    .from(registrations)
    .where(inAudience)
    .groupBy(registrations.lang)
    .all()
    .sort((a, b) => languages.indexOf(a.lang as Lang) - languages.indexOf(b.lang as Lang));
  return db().transaction((tx) =>
    groups.map((g) => {
      const reg = tx.select().from(registrations).where(eq(registrations.id, g.first!)).get()!;
      const lang = reg.lang as Lang;
      // A place in the waiting list is counted among the audience in the person's own type's line, as the sending does.
      const sameType =
        reg.participationTypeId === null ? isNull(registrations.participationTypeId) : eq(registrations.participationTypeId, reg.participationTypeId);
      const position =
        reg.status === "waiting"
          ? tx
              .select({ n: count() })
              .from(registrations)
              .where(and(inAudience, sameType, eq(registrations.status, "waiting"), aheadInLine(reg)))
              .get()!.n
          : undefined;
      const props = {
        ...registrantEmailProps(tx, reg, event, position),
        manageUrl: `${publicOrigin()}/${lang}/registrations/…`,
        ...messageFor(input.subject, input.body, lang),
      };
      const email = renderEmail("event-message", lang, props);
      return { lang, recipients: g.n, sampleName: props.fullName, subject: email.subject, html: bodyOf(email.html), text: email.text };
    }),
  );
}
