import { integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { staffUsers } from "./staff";

/**
 * A reporting year of the emissions database that the secretariat has closed: its figures are
 * final, and partners can no longer file, revise or restate disclosures for it until it is
 * reopened. One row per closed year; reopening deletes the row (the audit log keeps both acts).
 */
export const reportingYearLocks = sqliteTable("reporting_year_locks", {
  year: integer("year").primaryKey(),
  lockedAt: instant("locked_at").notNull(),
  lockedBy: integer("locked_by").references(() => staffUsers.id, { onDelete: "set null" }),
});
