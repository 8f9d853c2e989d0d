import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { membershipRoles, membershipStatuses, milestoneStatuses } from "../../app/models/working-group-types";
import { instant } from "./columns";
import { workingGroups } from "./content";
import { organisations } from "./partners";

/**
 * A partner organisation's place in a working group: asked to join, then accepted or declined by a
 * co-lead or the secretariat. Co-leads are members with the co-lead role.
 */
export const workingGroupMembers = sqliteTable(
  "working_group_members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: membershipRoles }).notNull().default("member"),
    status: text("status", { enum: membershipStatuses }).notNull().default("requested"),
    message: text("message"),
    /** Members get an email for each update until they unsubscribe. */
    notify: integer("notify", { mode: "boolean" }).notNull().default(true),
    /**
     * sha256 of the unsubscribe link's token; the token is derived from the portal's secret, so every
     * update email can carry it again while the database alone opens nothing.
     */
    unsubscribeTokenHash: text("unsubscribe_token").notNull(),
    requestedAt: instant("requested_at").notNull(),
    decidedAt: instant("decided_at"),
  },
  (t) => [
    uniqueIndex("working_group_members_uq").on(t.workingGroupId, t.organisationId),
    uniqueIndex("working_group_members_unsubscribe_uq").on(t.unsubscribeTokenHash),
    index("working_group_members_org_idx").on(t.organisationId),
  ],
);

export const milestones = sqliteTable(
  "milestones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    /** Written by a co-lead or the secretariat, in the language named by `lang`. */
    title: text("title").notNull(),
    lang: text("lang").notNull(),
    /** A calendar date, YYYY-MM-DD. */
    dueOn: text("due_on").notNull(),
    status: text("status", { enum: milestoneStatuses }).notNull().default("planned"),
    /** Optional relative weight in the group's completion; a milestone without one counts as 1. */
    weight: integer("weight"),
    evidenceUrl: text("evidence_url"),
    completedOn: text("completed_on"),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("milestones_group_idx").on(t.workingGroupId, t.dueOn)],
);

export const workingGroupUpdates = sqliteTable(
  "working_group_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workingGroupId: integer("working_group_id")
      .notNull()
      .references(() => workingGroups.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    lang: text("lang").notNull(),
    /** Who posted it: a co-lead organisation, or the secretariat when null. */
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    publishedAt: instant("published_at").notNull(),
    /** When a co-lead or the secretariat last corrected it; shown beside it and in its feed. */
    correctedAt: instant("corrected_at"),
  },
  (t) => [index("working_group_updates_group_idx").on(t.workingGroupId, t.publishedAt)],
);
