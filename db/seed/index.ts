import { eq, sql } from "drizzle-orm";
import { write, type Tx } from "../../app/utils/db.server";
import { circulars, declarations, eventPillars, events, eventSessions, pillars, workingGroups } from "../schema";
import * as content from "./content/index";
import { exampleEvents } from "./examples";
import { seedItuFootprint } from "../../app/models/disclosures.server";
import type { SeedEvent } from "./types";
import { addSeededLanguages, correctSeededWording, correctWholeDays } from "./corrections";

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
      dateOnly: e.dateOnly ?? false,
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
    tx
      .insert(eventSessions)
      .values({
        eventId: inserted.id,
        position,
        startsAt: at(s.startsAt)!,
        endsAt: at(s.endsAt)!,
        title: s.title,
        room: s.room ?? {},
        interpretation: s.interpretation ?? [],
      })
      .run(),
  );
  for (const slug of e.pillarSlugs) {
    tx.insert(eventPillars)
      .values({ eventId: inserted.id, pillarId: idBySlug(tx, pillars, slug) })
      .onConflictDoNothing()
      .run();
  }
  return 1;
}

/**
 * Earlier seeds gave the COP29 roundtable a time (10:00–12:00 Baku) and a registration deadline
 * that CL-24/63 does not give. A database seeded then, and not edited since, gets the facts as the
 * letter states them: the date alone, no deadline. An event the secretariat has changed is left alone.
 */
function correctInventedTimes(tx: Tx, now: number): number {
  const seeded = content.events.find((e) => e.slug === "cop29-digitalization-day-roundtable");
  if (!seeded) return 0;
  return tx
    .update(events)
    .set({
      dateOnly: true,
      startsAt: at(seeded.startsAt)!,
      endsAt: at(seeded.endsAt)!,
      registrationClosesAt: null,
      description: seeded.description,
      updatedAt: now,
    })
    .where(
      sql`${events.slug} = ${seeded.slug} and ${events.dateOnly} = 0 and ${events.startsAt} = ${Date.parse("2024-11-16T06:00:00Z")} and ${events.endsAt} = ${Date.parse("2024-11-16T08:00:00Z")}`,
    )
    .run().changes;
}

/**
 * Earlier seeds named lead organisations for each working group; the Council report names none (it
 * says only that partner-led working groups drive implementation). A group still holding exactly the
 * invented list loses it.
 */
const inventedLeads = [
  ["ITU", "GSMA", "GeSI", "World Benchmarking Alliance"],
  ["ITU", "UNITAR"],
  ["ITU", "World Bank"],
  ["ITU", "GSMA", "GeSI"],
  ["ITU", "CODES"],
  ["ITU"],
].map((l) => JSON.stringify(l));

function correctInventedLeads(tx: Tx): number {
  let changed = 0;
  for (const g of content.workingGroups)
    changed += tx
      .update(workingGroups)
      .set({ leadOrganisations: [] })
      .where(
        sql`${workingGroups.slug} = ${g.slug} and ${workingGroups.leadOrganisations} in (${sql.join(
          inventedLeads.map((l) => sql`${l}`),
          sql`, `,
        )})`,
      )
      .run().changes;
  return changed;
}

/**
 * Loads the content of the source documents. Idempotent: each row has a natural key (slug) and
 * is inserted only when that key is absent, so running it twice changes nothing.
 */
export function seedContent(options: { examples: boolean }, now = Date.now()) {
  return write((tx) => {
    // First, so that the longer texts below still find the seeded beginnings they extend.
    let added = correctSeededWording(tx, [
      ...[content.pillars, content.circulars, content.declarations, content.events, content.workingGroups].flatMap((list) => list.map((r) => r.slug)),
      ...exampleEvents(now).map((e) => e.slug),
    ]);
    for (const p of content.pillars) {
      added += tx.insert(pillars).values(p).onConflictDoNothing({ target: pillars.slug }).run().changes;
      // Later seeds add what the sources give (ITU's own emissions, Resolution 1429): a description
      // still as first seeded, in every language, takes the longer text; an edited one is left alone.
      const stored = tx.select({ description: pillars.description }).from(pillars).where(eq(pillars.slug, p.slug)).get();
      const was = stored?.description as Record<string, string> | undefined;
      const seeded = p.description as Record<string, string>;
      if (
        was &&
        JSON.stringify(was) !== JSON.stringify(seeded) &&
        Object.keys(seeded).every((l) => typeof was[l] === "string" && seeded[l]!.startsWith(was[l]!))
      )
        added += tx.update(pillars).set({ description: p.description }).where(eq(pillars.slug, p.slug)).run().changes;
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
    added += addSeededLanguages(tx, content.events);
    added += correctInventedTimes(tx, now);
    added += correctWholeDays(tx, now);
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
    added += correctInventedLeads(tx);
    // Databases seeded before the fax numbers were kept: add them as the letters give them.
    for (const c of content.circulars)
      if (c.contactFax)
        added += tx
          .update(circulars)
          .set({ contactFax: c.contactFax })
          .where(sql`${circulars.slug} = ${c.slug} and ${circulars.contactFax} is null`)
          .run().changes;
    // The contact's English «Ms» showed on French and Chinese pages: a row still holding it loses it.
    added += tx.update(circulars).set({ contactName: "Robin Zuercher" }).where(eq(circulars.contactName, "Ms Robin Zuercher")).run().changes;
    added += seedItuFootprint(tx, now);
    return added;
  });
}

/** At start: an empty database gets the seed; one that has content is left as staff made it. */
export function seedIfEmpty(options: { examples: boolean }) {
  const hasContent = write(
    (tx) =>
      tx
        .select({ n: sql<number>`count(*)` })
        .from(pillars)
        .get()!.n > 0,
  );
  return hasContent ? 0 : seedContent(options);
}
