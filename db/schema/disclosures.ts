import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  assuranceLevels,
  boundaries,
  disclosureSources,
  disclosureStatuses,
  methodologies,
  type CategoryValue,
  type IctSubSector,
} from "../../app/models/disclosure-types";
import { instant } from "./columns";
import { organisations, partnerUsers } from "./partners";

/**
 * An organisation's greenhouse-gas disclosure for one reporting year, in tonnes CO2e. One row is
 * the organisation's current figure for a year (status published); a restatement is a new row
 * that `restates` the one it corrects, which becomes superseded when the restatement is published
 * and stays readable, with the reason, on the public page.
 */
export const disclosures = sqliteTable(
  "disclosures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    status: text("status", { enum: disclosureStatuses }).notNull().default("in-review"),
    boundary: text("boundary", { enum: boundaries }),
    methodology: text("methodology", { enum: methodologies }),
    /** Null only for a figure recorded from a document that gives a total without scopes. */
    scope1: real("scope1"),
    scope2Location: real("scope2_location"),
    scope2Market: real("scope2_market"),
    scope3: real("scope3"),
    /** Category "1".."15" → tonnes, "not-relevant" or "not-calculated". */
    scope3Categories: text("scope3_categories", { mode: "json" })
      .$type<Record<string, CategoryValue>>()
      .notNull()
      .default(sql`'{}'`),
    /** Scope 1 + scope 2 (market-based, else location-based) + scope 3, kept so lists sum in SQL. */
    total: real("total").notNull(),
    allScopes: integer("all_scopes", { mode: "boolean" }).notNull().default(false),
    energyMwh: real("energy_mwh"),
    /** 0..1 */
    renewableShare: real("renewable_share"),
    subSectors: text("sub_sectors", { mode: "json" })
      .$type<IctSubSector[]>()
      .notNull()
      .default(sql`'[]'`),
    assurance: text("assurance", { enum: assuranceLevels }).notNull().default("none"),
    assurer: text("assurer"),
    reportUrl: text("report_url"),
    /** For figures the secretariat recorded from a published document (its note is a locale text). */
    source: text("source", { enum: disclosureSources }),
    restates: integer("restates").references((): AnySQLiteColumn => disclosures.id, { onDelete: "set null" }),
    restatementReason: text("restatement_reason"),
    moderatorComment: text("moderator_comment"),
    submittedBy: integer("submitted_by").references(() => partnerUsers.id, { onDelete: "set null" }),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    publishedAt: instant("published_at"),
    supersededAt: instant("superseded_at"),
  },
  (t) => [
    index("disclosures_org_year_idx").on(t.organisationId, t.year),
    // The directory groups published rows by organisation in this order and stops after a page.
    index("disclosures_status_org_year_idx").on(t.status, t.organisationId, t.year),
  ],
);

/** The yearly reminder to a partner that promised yearly disclosure: one row per organisation and calendar year, written with its emails. */
export const disclosureReminders = sqliteTable(
  "disclosure_reminders",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    sentAt: instant("sent_at").notNull(),
  },
  (t) => [uniqueIndex("disclosure_reminders_org_year_uq").on(t.organisationId, t.year)],
);
