import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { pledgeKinds, pledgeStatuses } from "../../app/models/pledge-types";
import { instant } from "./columns";
import { pillars } from "./content";
import { organisations, partnerUsers } from "./partners";

export const pledges = sqliteTable(
  "pledges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    pillarId: integer("pillar_id")
      .notNull()
      .references(() => pillars.id),
    kind: text("kind", { enum: pledgeKinds }).notNull(),
    /** Written by the partner, in the language named by `lang`. */
    title: text("title").notNull(),
    description: text("description").notNull(),
    lang: text("lang").notNull(),
    metric: text("metric").notNull(),
    unit: text("unit").notNull(),
    baselineYear: integer("baseline_year").notNull(),
    baselineValue: real("baseline_value").notNull(),
    targetYear: integer("target_year").notNull(),
    targetValue: real("target_value").notNull(),
    /** For emissions pledges: the GHG scopes covered, e.g. ["1","2","3"]. */
    scopes: text("scopes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    disclosesAllScopesYearly: integer("discloses_all_scopes_yearly", { mode: "boolean" }).notNull().default(false),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on"),
    status: text("status", { enum: pledgeStatuses }).notNull().default("in-review"),
    moderatorComment: text("moderator_comment"),
    /**
     * Kept from the progress reports by refreshPledgeProgress (pledge-progress.ts is the rule), so
     * lists filter and roll up progress in SQL instead of reading every report of every pledge.
     */
    progress: real("progress").notNull().default(0),
    progressStatus: text("progress_status", { enum: ["not-started", "on-track", "off-track", "achieved"] })
      .notNull()
      .default("not-started"),
    latestReportYear: integer("latest_report_year"),
    /** The calendar year in which the organisation was last reminded that a progress report is due. */
    reportRemindedYear: integer("report_reminded_year"),
    submittedBy: integer("submitted_by").references(() => partnerUsers.id, { onDelete: "set null" }),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    publishedAt: instant("published_at"),
  },
  (t) => [
    // Per pillar, newest first: the directory's order (pillar, then publication) is read from it,
    // not sorted from every published pledge (0.65 → 0.27 ms on the bench database).
    index("pledges_status_pillar_idx").on(t.status, t.pillarId, t.publishedAt, t.id),
    // An organisation's pledges under a pillar, with what a working group's progress needs from
    // them (the list of groups reads this index alone, not the pledges' texts).
    index("pledges_org_pillar_progress_idx").on(t.organisationId, t.pillarId, t.status, t.progress, t.progressStatus),
    // The directory's count and its list of countries read this index alone.
    index("pledges_status_org_idx").on(t.status, t.organisationId),
  ],
);

export const progressReports = sqliteTable(
  "progress_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id, { onDelete: "cascade" }),
    /** The year the value describes; one report per pledge and year. */
    year: integer("year").notNull(),
    value: real("value").notNull(),
    /** Emissions disclosures: the yearly figure per scope, e.g. { "1": 120, "2": 340, "3": 5200 }. */
    scopeValues: text("scope_values", { mode: "json" }).$type<Record<string, number>>(),
    narrative: text("narrative").notNull(),
    evidenceUrl: text("evidence_url"),
    reportedAt: instant("reported_at").notNull(),
  },
  (t) => [uniqueIndex("progress_reports_pledge_year_uq").on(t.pledgeId, t.year)],
);
