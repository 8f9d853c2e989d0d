import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { instant } from "./columns";
import { partnerUsers } from "./partners";
import { staffUsers } from "./staff";

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffUserId: integer("staff_user_id").references(() => staffUsers.id, { onDelete: "set null" }),
    /** A partner's person who made the change (a working group's co-lead), when not the secretariat. */
    partnerUserId: integer("partner_user_id").references((): AnySQLiteColumn => partnerUsers.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    detail: text("detail").notNull().default("{}"),
    at: instant("at").notNull(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);
