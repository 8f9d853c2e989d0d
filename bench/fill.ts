/**
 * Fills a database to the size the benchmark asks for: 500 events, 50,000 registrations,
 * 5,000 endorsements, 2,000 pledges with progress reports, and working groups with members,
 * milestones and updates. Raw prepared statements in one transaction: it takes a few seconds.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { fillDisclosures } from "./fill-disclosures";

export const SIZES = { events: 500, registrations: 50_000, endorsements: 5_000, pledges: 2_000, organisations: 400, disclosingOrganisations: 2_000 };

const COUNTRIES = ["FR", "ES", "MA", "EG", "CN", "RU", "BR", "IN", "KE", "SN", "JP", "DE", "MX", "AR", "ZA", "NG", "TH", "VN", "PE", "CH"];
const languages = ["en", "fr", "es", "ar", "zh", "ru"] as const;
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const translated = (text: string) => JSON.stringify(Object.fromEntries(languages.map((l) => [l, `${text} (${l})`])));
const token = () => crypto.randomBytes(32).toString("base64url");

export function fill(sqlite: Database.Database, now = Date.now()) {
  const pillarIds = sqlite
    .prepare("select id from pillars order by number")
    .all()
    .map((r) => (r as { id: number }).id);
  const declarationId = (sqlite.prepare("select id from declarations order by id limit 1").get() as { id: number }).id;
  const groupIds = sqlite
    .prepare("select id from working_groups order by id")
    .all()
    .map((r) => (r as { id: number }).id);
  const day = 24 * 3_600_000;

  sqlite.transaction(() => {
    const event =
      sqlite.prepare(`insert into events (slug, kind, title, summary, description, starts_at, ends_at, time_zone, format, venue, organisers, audience, fee,
      registration_opens_at, capacity, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'Europe/Zurich', ?, ?, '["ITU"]', ?, ?, ?, ?, 'published', ?, ?)`);
    const eventPillar = sqlite.prepare("insert into event_pillars (event_id, pillar_id) values (?, ?)");
    const eventIds: number[] = [];
    for (let i = 0; i < SIZES.events; i++) {
      // Half past, half to come, a day apart.
      const starts = now + (i - SIZES.events / 2) * day;
      const r = event.run(
        `bench-event-${i}`,
        pick(["workshop", "webinar", "roundtable", "side-event", "meeting"], i),
        translated(`Benchmark event ${i}`),
        translated("A workshop on measuring and cutting ICT-sector emissions."),
        translated("Programme and speakers to be announced.\n\nOnline pre-registration is mandatory."),
        starts,
        starts + 2 * 3_600_000,
        pick(["virtual", "in-person", "hybrid"], i),
        translated("Geneva"),
        translated("Open to all"),
        translated("Free"),
        starts - 60 * day,
        200,
        now,
        now,
      );
      eventIds.push(Number(r.lastInsertRowid));
      eventPillar.run(r.lastInsertRowid, pick(pillarIds, i));
    }

    const registration =
      sqlite.prepare(`insert into registrations (event_id, token, status, first_name, last_name, email, email_key, organisation, organisation_type,
      country, job_title, lang, created_at, updated_at, confirmed_at, reminder_sent_at) values (?, ?, ?, 'Amina', ?, ?, ?, 'Ministry of ICT', 'member-state', ?, 'Adviser', ?, ?, ?, ?, ?)`);
    for (let i = 0; i < SIZES.registrations; i++) {
      const eventId = eventIds[i % eventIds.length]!;
      const place = Math.floor(i / eventIds.length);
      const status = place < 80 ? "confirmed" : "waiting";
      const email = `person${i}@bench.example`;
      registration.run(
        eventId,
        token(),
        status,
        `Person ${i}`,
        email,
        email,
        pick(COUNTRIES, i),
        pick(languages, i),
        now,
        now,
        status === "confirmed" ? now : null,
        now,
      );
    }

    const endorsement =
      sqlite.prepare(`insert into endorsements (declaration_id, category, organisation, organisation_key, country, statement, representative_name,
      representative_title, email, lang, status, manage_token, created_at, verified_at, approved_at) values (?, ?, ?, ?, ?, ?, 'Representative', 'Minister', ?, ?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < SIZES.endorsements; i++) {
      const status = i % 10 === 0 ? "pending" : "approved";
      endorsement.run(
        declarationId,
        pick(["government", "private-sector", "academia", "civil-society", "international-organisation"], i),
        `Endorsing organisation ${i}`,
        `endorsing organisation ${i}`,
        pick(COUNTRIES, i),
        i % 3 === 0 ? "We support the Declaration and will report our progress." : null,
        `endorser${i}@bench.example`,
        pick(languages, i),
        status,
        token(),
        now - i * 60_000,
        now,
        status === "approved" ? now - i * 60_000 : null,
      );
    }

    const organisation = sqlite.prepare(
      "insert into organisations (name, type, country, status, lang, created_at, decided_at) values (?, 'private-sector', ?, 'accepted', 'en', ?, ?)",
    );
    const partnerUser = sqlite.prepare("insert into partner_users (organisation_id, name, email, lang, created_at) values (?, 'Focal point', ?, 'en', ?)");
    const orgIds: number[] = [];
    for (let i = 0; i < SIZES.organisations; i++) {
      const r = organisation.run(`Partner organisation ${i}`, pick(COUNTRIES, i), now, now);
      orgIds.push(Number(r.lastInsertRowid));
      partnerUser.run(r.lastInsertRowid, `partner${i}@bench.example`, now);
    }

    const pledge = sqlite.prepare(`insert into pledges (organisation_id, pillar_id, kind, title, description, lang, metric, unit, baseline_year, baseline_value,
      target_year, target_value, scopes, discloses_all_scopes_yearly, starts_on, status, created_at, updated_at, published_at)
      values (?, ?, 'emissions-reduction', ?, 'Across all operations.', 'en', 'GHG emissions', 'tCO2e', 2020, 1000, 2030, 550, '["1","2","3"]', 1, '2021-01-01', 'published', ?, ?, ?)`);
    const report = sqlite.prepare("insert into progress_reports (pledge_id, year, value, narrative, reported_at) values (?, ?, ?, 'Reported.', ?)");
    for (let i = 0; i < SIZES.pledges; i++) {
      const r = pledge.run(orgIds[i % orgIds.length], pick(pillarIds, i), `Cut emissions by 45% (${i})`, now, now, now - i * 60_000);
      for (const year of [2022, 2023, 2024]) report.run(r.lastInsertRowid, year, 1000 - (year - 2020) * (20 + (i % 40)), now);
    }

    const member =
      sqlite.prepare(`insert into working_group_members (working_group_id, organisation_id, role, status, unsubscribe_token, requested_at, decided_at)
      values (?, ?, ?, 'accepted', ?, ?, ?)`);
    const milestone = sqlite.prepare(
      "insert into milestones (working_group_id, title, lang, due_on, status, weight, created_at, updated_at) values (?, ?, 'en', ?, ?, ?, ?, ?)",
    );
    const update = sqlite.prepare(
      "insert into working_group_updates (working_group_id, title, body, lang, organisation_id, published_at) values (?, ?, ?, 'en', ?, ?)",
    );
    groupIds.forEach((groupId, g) => {
      for (let i = 0; i < 60; i++) member.run(groupId, orgIds[(g * 60 + i) % orgIds.length], i < 2 ? "co-lead" : "member", token(), now, now);
      for (let i = 0; i < 12; i++)
        milestone.run(
          groupId,
          `Milestone ${i}`,
          `2026-${String((i % 12) + 1).padStart(2, "0")}-15`,
          pick(["done", "in-progress", "planned"], i),
          i % 4 === 0 ? 3 : null,
          now,
          now,
        );
      for (let i = 0; i < 40; i++)
        update.run(groupId, `Update ${i}`, "The group met and agreed the next steps.\n\nMinutes are on the portal.", orgIds[g], now - i * day);
    });
    fillDisclosures(sqlite, now, SIZES.disclosingOrganisations);
  })();
  return SIZES;
}
