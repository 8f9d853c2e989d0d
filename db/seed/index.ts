import { eq, sql } from "drizzle-orm";
import { write, type Tx } from "../../app/utils/db.server";
import { circulars, declarations, eventPillars, events, eventSessions, pillars, workingGroups } from "../schema";
import * as content from "./content";
import { exampleEvents } from "./examples";
import { seedItuFootprint } from "../../app/models/disclosures.server";
import type { SeedEvent } from "./types";

const at = (iso: string | null) => (iso === null ? null : Date.parse(iso));

function idBySlug(tx: Tx, table: typeof pillars | typeof circulars, slug: string): number {
  const row = tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  if (!row) throw new Error(`Seed refers to unknown slug ${slug}`);
  return row.id;
}

function insertEvent(tx: Tx, e: SeedEvent, isExample: boolean, now: number) {
  const inserted = tx
    .insert(events)
    .values({
      slug: e.slug,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      description: e.description,
      startsAt: at(e.startsAt)!,
      endsAt: at(e.endsAt)!,
      timeZone: e.timeZone,
      format: e.format,
      venue: e.venue,
      organisers: e.organisers,
      audience: e.audience,
      fee: e.fee,
      registrationOpensAt: at(e.registrationOpensAt),
      registrationClosesAt: at(e.registrationClosesAt),
      capacity: e.capacity,
      requiresApproval: e.requiresApproval ?? false,
      joinUrl: e.joinUrl ?? null,
      externalRegistration: e.externalRegistration ?? null,
      status: "published",
      circularId: e.circularSlug ? idBySlug(tx, circulars, e.circularSlug) : null,
      isExample,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: events.slug })
    .returning({ id: events.id })
    .get();
  if (!inserted) return 0;
  e.sessions.forEach((s, position) =>
    tx.insert(eventSessions)
      .values({ eventId: inserted.id, position, startsAt: at(s.startsAt)!, endsAt: at(s.endsAt)!, title: s.title, speakers: s.speakers })
      .run(),
  );
  for (const slug of e.pillarSlugs) {
    tx.insert(eventPillars).values({ eventId: inserted.id, pillarId: idBySlug(tx, pillars, slug) }).onConflictDoNothing().run();
  }
  return 1;
}

/**
 * Loads the content of the source documents. Idempotent: each row has a natural key (slug) and
 * is inserted only when that key is absent, so running it twice changes nothing.
 */
export function seedContent(options: { examples: boolean }, now = Date.now()) {
  return write((tx) => {
    let added = 0;
    for (const p of content.pillars) {
      added += tx.insert(pillars).values(p).onConflictDoNothing({ target: pillars.slug }).run().changes;
    }
    for (const c of content.circulars) {
      added += tx
        .insert(circulars)
        .values({ ...c, status: "published", createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: circulars.slug })
        .run().changes;
    }
    for (const d of content.declarations) {
      added += tx
        .insert(declarations)
        .values({
          slug: d.slug,
          title: d.title,
          summary: d.summary,
          body: d.body,
          cop: d.cop,
          copPlace: d.copPlace,
          endorsementOpensAt: at(d.endorsementOpensAt),
          endorsementClosesAt: at(d.endorsementClosesAt),
          circularId: d.circularSlug ? idBySlug(tx, circulars, d.circularSlug) : null,
          status: "published",
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: declarations.slug })
        .run().changes;
    }
    for (const e of content.events) added += insertEvent(tx, e, false, now);
    if (options.examples) for (const e of exampleEvents(now)) added += insertEvent(tx, e, true, now);
    for (const g of content.workingGroups) {
      added += tx
        .insert(workingGroups)
        .values({
          slug: g.slug,
          pillarId: idBySlug(tx, pillars, g.pillarSlug),
          name: g.name,
          mandate: g.mandate,
          leadOrganisations: g.leadOrganisations,
          members: g.members,
          status: g.status,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: workingGroups.slug })
        .run().changes;
    }
    added += seedItuFootprint(tx, now);
    return added;
  });
}

/** At start: an empty database gets the seed; one that has content is left as staff made it. */
export function seedIfEmpty(options: { examples: boolean }) {
  const hasContent = write((tx) => tx.select({ n: sql<number>`count(*)` }).from(pillars).get()!.n > 0);
  return hasContent ? 0 : seedContent(options);
}
