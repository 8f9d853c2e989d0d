import { and, eq, ne, sql } from "drizzle-orm";
import { disclosureReminders, disclosures, organisations, pledges } from "../../db/schema";
import { db, write, type Tx } from "~/utils/db.server";
import { publicOrigin } from "~/utils/env.server";
import type { Lang } from "~/utils/i18n";
import { enqueueEmail } from "~/utils/outbox.server";
import { recordChange } from "./audit.server";
import { peopleOfOrganisations } from "./partners.server";
import type { Assurance, Boundary, CategoryValue, IctSubSector, Methodology } from "./disclosure-types";
import { disclosureTotal } from "./pathway";
import { isYearClosed } from "./reporting-years.server";

export type DisclosureInput = {
  year: number;
  boundary: Boundary;
  methodology: Methodology;
  scope1: number;
  scope2Location: number;
  scope2Market: number | null;
  scope3: number;
  scope3Categories: Record<string, CategoryValue>;
  energyMwh: number | null;
  renewableShare: number | null;
  subSectors: IctSubSector[];
  assurance: Assurance;
  assurer: string | null;
  reportUrl: string | null;
  restatementReason: string | null;
};

type Row = typeof disclosures.$inferSelect;
type Template = "disclosure-received" | "disclosure-published" | "disclosure-changes-requested" | "disclosure-rejected";
const OPEN = ["in-review", "changes-requested"] as const;

/** Every person of the organisation hears about its disclosure, each in their own language. */
function emailOrganisation(tx: Tx, template: Template, row: Row) {
  for (const user of peopleOfOrganisations(tx, [row.organisationId]).get(row.organisationId) ?? []) {
    enqueueEmail(tx, {
      to: user.email,
      lang: user.lang as Lang,
      template,
      props: { name: user.name, year: row.year, comment: row.moderatorComment ?? "", url: `${publicOrigin()}/${user.lang}/partners/disclosures` },
    });
  }
}

export type SubmitOutcome = { ok: true; id: number; restatement: boolean } | { ok: false; reason: "reason-required" | "year-closed" };

/**
 * A partner files its figures for a year. A year already published is restated: a new row with
 * the reason, which supersedes the published one only when the secretariat publishes it. A year
 * still in review or sent back is revised in place.
 */
export function submitDisclosure(organisationId: number, userId: number, input: DisclosureInput, now = Date.now()): SubmitOutcome {
  return write((tx) => {
    // A year the secretariat has closed is final: nothing new for it, no revision, no restatement.
    if (isYearClosed(tx, input.year)) return { ok: false, reason: "year-closed" } as const;
    const sameYear = tx
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.organisationId, organisationId), eq(disclosures.year, input.year)))
      .all();
    const published = sameYear.find((d) => d.status === "published");
    const open = sameYear.find((d) => (OPEN as readonly string[]).includes(d.status));
    if (published && !input.restatementReason) return { ok: false, reason: "reason-required" } as const;
    const values = {
      ...input,
      restatementReason: published ? input.restatementReason : null,
      restates: published?.id ?? null,
      total: disclosureTotal(input),
      allScopes: true,
      status: "in-review" as const,
      // A revision answers the secretariat's last comment: shown beside the new figures, it read as a
      // comment on them.
      moderatorComment: null,
      submittedBy: userId,
      updatedAt: now,
    };
    const row = open
      ? tx.update(disclosures).set(values).where(eq(disclosures.id, open.id)).returning().get()
      : tx
          .insert(disclosures)
          .values({ ...values, organisationId, createdAt: now })
          .returning()
          .get();
    emailOrganisation(tx, "disclosure-received", row);
    return { ok: true, id: row.id, restatement: Boolean(published) } as const;
  });
}

const decisions = {
  publish: { status: "published", template: "disclosure-published" },
  "request-changes": { status: "changes-requested", template: "disclosure-changes-requested" },
  reject: { status: "rejected", template: "disclosure-rejected" },
} as const;
export type DisclosureDecision = keyof typeof decisions;

/** The secretariat's decision on a disclosure in review; publishing a restatement supersedes the figures it corrects. */
/** `seenAt`, the updatedAt of the version the reviewer read: figures revised since are not published unseen. */
export function moderateDisclosure(id: number, decision: DisclosureDecision, comment: string | null, staffUserId: number, now = Date.now(), seenAt?: number) {
  return write((tx) => {
    const { status, template } = decisions[decision];
    const row = tx
      .update(disclosures)
      .set({ status, moderatorComment: comment, updatedAt: now, ...(status === "published" ? { publishedAt: now } : {}) })
      .where(and(eq(disclosures.id, id), eq(disclosures.status, "in-review"), seenAt === undefined ? undefined : eq(disclosures.updatedAt, seenAt)))
      .returning()
      .get();
    if (!row) return false;
    if (status === "published") {
      // Whatever else is published for that year is now history, kept for the public page.
      tx.update(disclosures)
        .set({ status: "superseded", supersededAt: now })
        .where(
          and(
            eq(disclosures.organisationId, row.organisationId),
            eq(disclosures.year, row.year),
            eq(disclosures.status, "published"),
            ne(disclosures.id, row.id),
          ),
        )
        .run();
    }
    emailOrganisation(tx, template, row);
    recordChange(tx, { staffUserId, action: decision, entity: "disclosure", entityId: id });
    return true;
  });
}

/** An organisation's own disclosures, newest year first, every version. */
export function disclosuresOfOrganisation(organisationId: number) {
  return db()
    .select()
    .from(disclosures)
    .where(eq(disclosures.organisationId, organisationId))
    .all()
    .sort((a, b) => b.year - a.year || b.createdAt - a.createdAt);
}

export function ownDisclosure(organisationId: number, id: number) {
  return (
    db()
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.id, id), eq(disclosures.organisationId, organisationId)))
      .get() ?? null
  );
}

export function disclosureQueue() {
  return db()
    .select({ disclosure: disclosures, organisation: organisations.name })
    .from(disclosures)
    .innerJoin(organisations, eq(organisations.id, disclosures.organisationId))
    .where(eq(disclosures.status, "in-review"))
    .orderBy(disclosures.updatedAt)
    .all();
}

export const ITU_NAME = "International Telecommunication Union";

/**
 * ITU's own footprint as the 2024 Council report gives it (Greening the Blue 2023): 1,674 t CO2e
 * in 2021 and 1,969 t in 2022, totals without a split by scope, delegate travel not included.
 * Idempotent: added once, under the ITU organisation, with the report named as source.
 */
export function seedItuFootprint(tx: Tx, now = Date.now()) {
  let org = tx.select().from(organisations).where(eq(organisations.name, ITU_NAME)).get();
  org ??= tx
    .insert(organisations)
    .values({ name: ITU_NAME, type: "un-igo", country: "CH", website: "https://www.itu.int", status: "accepted", lang: "en", createdAt: now, decidedAt: now })
    .returning()
    .get();
  const has = tx
    .select({ id: disclosures.id })
    .from(disclosures)
    .where(and(eq(disclosures.organisationId, org.id), eq(disclosures.source, "council-report-2024")))
    .get();
  if (has) return 0;
  for (const [year, total] of [
    [2021, 1674],
    [2022, 1969],
  ] as const) {
    tx.insert(disclosures)
      .values({
        organisationId: org.id,
        year,
        status: "published",
        total,
        allScopes: false,
        subSectors: [],
        assurance: "none",
        source: "council-report-2024",
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      })
      .run();
  }
  return 2;
}

const DAY = 86_400_000;
/** A pledge published less than this long ago is not reminded yet: the partner has just promised. */
export const DISCLOSURE_REMINDER_GRACE_MS = 30 * DAY;

/**
 * Once a calendar year, beside the pledges' report reminder: the people of an organisation that
 * promised on a published pledge to disclose all scopes yearly, and has no disclosure published
 * for last year, are reminded in their own language. The reminder row is written with the emails.
 */
export function sendDisclosureReminders(now = Date.now(), batch = 200): number {
  const year = new Date(now).getUTCFullYear();
  return write((tx) => {
    const due = tx.all<{ id: number }>(sql`
      select distinct p.organisation_id as id from ${pledges} p
      where p.status = 'published' and p.discloses_all_scopes_yearly = 1 and p.published_at <= ${now - DISCLOSURE_REMINDER_GRACE_MS}
        and not exists (select 1 from ${disclosures} d where d.organisation_id = p.organisation_id and d.year = ${year - 1} and d.status in ('published', 'superseded'))
        and not exists (select 1 from ${disclosureReminders} r where r.organisation_id = p.organisation_id and r.year = ${year})
      order by p.organisation_id limit ${batch}`);
    const people = peopleOfOrganisations(
      tx,
      due.map((d) => d.id),
    );
    for (const { id } of due) {
      tx.insert(disclosureReminders).values({ organisationId: id, year, sentAt: now }).run();
      for (const user of people.get(id) ?? []) {
        enqueueEmail(tx, {
          to: user.email,
          lang: user.lang as Lang,
          template: "disclosure-due",
          props: { name: user.name, year: year - 1, comment: "", url: `${publicOrigin()}/${user.lang}/partners/disclosures/new` },
        });
      }
    }
    return due.length;
  });
}
